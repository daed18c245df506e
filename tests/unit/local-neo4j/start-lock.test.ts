import { mkdirSync, mkdtempSync, rmSync, utimesSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withStartLock } from "../../../src/local-neo4j/start-lock.ts";

describe("the start lock", () => {
  let dir: string;
  let lockDir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "govkg-start-lock-"));
    lockDir = path.join(dir, "starting.lock");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("runs two concurrent starts one after the other and leaves no lock behind", async () => {
    const events: string[] = [];
    const start = (name: string) =>
      withStartLock(lockDir, 10_000, async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        events.push(`${name} out`);
        return name;
      });
    const results = await Promise.all([start("a"), start("b")]);
    expect(results).toEqual(["a", "b"]);
    const first = events[0]?.startsWith("a") === true ? "a" : "b";
    const second = first === "a" ? "b" : "a";
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    expect(existsSync(lockDir)).toBe(false);
  });

  it("takes over a lock its holder stopped refreshing long ago", async () => {
    mkdirSync(lockDir);
    const longAgo = new Date(Date.now() - 120_000);
    utimesSync(lockDir, longAgo, longAgo);
    await expect(withStartLock(lockDir, 1_000, () => Promise.resolve("started"))).resolves.toBe("started");
  });

  it("gives up past its deadline with a message naming the lock", async () => {
    mkdirSync(lockDir);
    await expect(withStartLock(lockDir, 600, () => Promise.resolve("started"))).rejects.toThrow(`another process is still starting Neo4j; lock ${lockDir}`);
    expect(existsSync(lockDir)).toBe(true);
  });

  it("releases the lock when the work fails", async () => {
    await expect(withStartLock(lockDir, 1_000, () => Promise.reject(new Error("boot failed")))).rejects.toThrow("boot failed");
    expect(existsSync(lockDir)).toBe(false);
  });
});
