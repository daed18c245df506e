import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { z } from "zod";

const PidRecord = z.object({
  pid: z.number().int().positive(),
  boltPort: z.number().int(),
  httpPort: z.number().int(),
  startedAt: z.string(),
});
export type PidRecord = z.infer<typeof PidRecord>;

export function readPidFile(file: string): PidRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = PidRecord.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writePidFile(file: string, record: PidRecord): void {
  writeFileSync(file, `${JSON.stringify(record)}\n`);
}

export function removePidFile(file: string): void {
  rmSync(file, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !hasExited(pid);
}

/**
 * The process's state letter in /proc/<pid>/stat (R, S, Z…), or undefined where there is
 * no /proc or no such process.
 */
export function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name, in parentheses, may itself hold spaces or parentheses.
    return stat.slice(stat.lastIndexOf(")") + 1).trim().split(" ")[0];
  } catch {
    return undefined;
  }
}

/**
 * True when the process has exited but its parent has not collected it yet (a zombie,
 * state Z or X), which signal 0 still reaches. A server started by a process whose event
 * loop is blocked (a bench waiting on a child in spawnSync) stays a zombie after it
 * stops; taken for alive, its stop waited out the whole deadline. Without /proc (not
 * Linux) the signal has to do.
 */
function hasExited(pid: number): boolean {
  const state = processState(pid);
  if (state !== undefined) return state === "Z" || state === "X";
  // Gone since the signal reached it, where /proc exists.
  return existsSync("/proc/self/stat") && !existsSync(`/proc/${pid}`);
}

/**
 * True when the pid is alive and is our launcher. Pids are reused, so on Linux
 * the command line is checked too; elsewhere liveness has to do.
 */
export function isOurServer(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync("/proc/self/cmdline")) return true;
  try {
    return readFileSync(cmdline, "utf8").includes("govkg.Launcher");
  } catch {
    return false;
  }
}
