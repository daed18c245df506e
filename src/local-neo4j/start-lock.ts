import { openSync, closeSync, readFileSync, rmSync, writeSync } from "node:fs";
import { isAlive } from "./pid-file.ts";

const POLL_MS = 250;

/**
 * Serialises concurrent starts (two terminals, or two test projects) with an
 * exclusive lock file; a lock left by a dead process is taken over.
 */
export async function withStartLock<T>(lockFile: string, deadlineMs: number, work: () => Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + deadlineMs;
  for (;;) {
    if (tryLock(lockFile)) break;
    const holder = lockHolder(lockFile);
    if (holder !== undefined && !isAlive(holder)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > giveUpAt) throw new Error(`another process (pid ${holder ?? "unknown"}) is still starting Neo4j; lock file ${lockFile}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

function tryLock(lockFile: string): boolean {
  try {
    const fd = openSync(lockFile, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function lockHolder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
