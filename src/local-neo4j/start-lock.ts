import lockfile from "proper-lockfile";

const POLL_MS = 250;
/** A holder that stops refreshing its lock for this long is gone (crashed or killed); the lock is taken over. */
const STALE_MS = 30_000;

/**
 * Serialises concurrent starts (two terminals, or two test projects) with a lock
 * directory kept fresh while the work runs; a lock left by a dead process goes stale
 * and is taken over.
 */
export async function withStartLock<T>(lockDir: string, deadlineMs: number, work: () => Promise<T>): Promise<T> {
  const retries = { retries: Math.ceil(deadlineMs / POLL_MS), factor: 1, minTimeout: POLL_MS, maxTimeout: POLL_MS };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(lockDir, {
      realpath: false,
      lockfilePath: lockDir,
      stale: STALE_MS,
      retries,
      // A lock that could not be refreshed in time (a blocked event loop) only lets a second start begin; that start
      // still finds the server by Bolt, the pid file or the taken port, so there is nothing to abort here.
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new Error(`another process is still starting Neo4j; lock ${lockDir}`, { cause: error });
    throw error;
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
