/** Reads the graph version; null when the graph has none yet. */
export type ReadVersion = () => Promise<string | null>;

/** The graph version as of a moment: every answer is at least as new as the asking. */
export interface VersionClock {
  /** A version read that started at or after this call, shared with other callers. */
  readonly current: () => Promise<string | null>;
}

interface Flight {
  readonly startedAt: number;
  readonly version: Promise<string | null>;
}

/**
 * Coalesces version reads: a caller joins the read in flight when that read began after
 * the caller asked (so it sees every write committed before the request), and otherwise
 * the one read queued behind it. Under load that is one tiny read at a time whatever
 * the number of clients, and never an answer older than the request.
 */
export function createVersionClock(read: ReadVersion, now: () => number = () => performance.now()): VersionClock {
  let inFlight: Flight | undefined;
  let next: Flight | undefined;

  const start = (): Flight => {
    const flight: Flight = {
      startedAt: now(),
      version: read().finally(() => {
        if (inFlight === flight) inFlight = undefined;
      }),
    };
    inFlight = flight;
    return flight;
  };

  const current = (): Promise<string | null> => {
    const askedAt = now();
    if (!inFlight) return start().version;
    if (inFlight.startedAt > askedAt) return inFlight.version;
    if (!next) {
      const queued = inFlight.version
        .catch(() => null)
        .then(() => {
          next = undefined;
          return (inFlight ?? start()).version;
        });
      next = { startedAt: askedAt, version: queued };
    }
    return next.version;
  };

  return { current };
}
