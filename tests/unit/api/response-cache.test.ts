import { describe, expect, it } from "vitest";
import { createVersionClock } from "../../../src/api/graph-version.ts";
import { VersionedCache } from "../../../src/api/response-cache.ts";

/** A version read the test finishes by hand, counting how many were started. */
function manualReads() {
  const pending: ((version: string) => void)[] = [];
  let time = 0;
  return {
    started: () => pending.length,
    read: () => new Promise<string | null>((resolve) => pending.push(resolve)),
    finish: async (index: number, version: string) => {
      pending[index]?.(version);
      // Let the clock's promise chains run.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    now: () => ++time,
  };
}

describe("the version clock", () => {
  it("shares one read among callers that asked before it started only through the next read", async () => {
    const reads = manualReads();
    const clock = createVersionClock(reads.read, reads.now);
    const first = clock.current();
    const second = clock.current();
    const third = clock.current();
    expect(reads.started()).toBe(1);
    await reads.finish(0, "v1");
    expect(await first).toBe("v1");
    // The second and third asked after the first read was sent: they wait for a read of their own, shared.
    expect(reads.started()).toBe(2);
    await reads.finish(1, "v2");
    expect(await second).toBe("v2");
    expect(await third).toBe("v2");
    expect(reads.started()).toBe(2);
  });

  it("starts a new read for a caller arriving after the last one finished", async () => {
    const reads = manualReads();
    const clock = createVersionClock(reads.read, reads.now);
    const first = clock.current();
    await reads.finish(0, "v1");
    await first;
    const later = clock.current();
    expect(reads.started()).toBe(2);
    await reads.finish(1, "v2");
    expect(await later).toBe("v2");
  });

  it("passes a failed read on to its callers and still serves the next ones", async () => {
    let calls = 0;
    const clock = createVersionClock(() => (++calls === 1 ? Promise.reject(new Error("down")) : Promise.resolve("v9")));
    await expect(clock.current()).rejects.toThrow("down");
    await expect(clock.current()).resolves.toBe("v9");
  });
});

describe("the versioned cache", () => {
  const result = (n: number) => ({ data: { n } });

  it("answers keys of the current version only, and drops everything when the version moves on", () => {
    const cache = new VersionedCache(10);
    cache.advance("e:1");
    cache.set("e:1|a", result(1), [], Infinity);
    expect(cache.get("e:1|a")).toEqual(result(1));
    cache.advance("e:2");
    expect(cache.get("e:1|a")).toBeUndefined();
    expect(cache.size).toBe(0);
    // An answer computed under the old version arriving late is not kept.
    cache.set("e:1|b", result(2), [], Infinity);
    expect(cache.size).toBe(0);
  });

  it("keeps at most maxEntries, dropping the least recently used", () => {
    const cache = new VersionedCache(2);
    cache.advance("v");
    cache.set("v|a", result(1), [], Infinity);
    cache.set("v|b", result(2), [], Infinity);
    expect(cache.get("v|a")).toEqual(result(1));
    cache.set("v|c", result(3), [], Infinity);
    expect(cache.get("v|b")).toBeUndefined();
    expect(cache.get("v|a")).toEqual(result(1));
    expect(cache.get("v|c")).toEqual(result(3));
  });

  it("keeps nothing with a zero ttl (introspection) and nothing while the version is unknown", () => {
    const cache = new VersionedCache(5);
    cache.advance("v");
    cache.set("v|schema", result(1), [], 0);
    expect(cache.get("v|schema")).toBeUndefined();
    cache.advance(undefined);
    cache.set("v|a", result(1), [], Infinity);
    expect(cache.get("v|a")).toBeUndefined();
  });
});
