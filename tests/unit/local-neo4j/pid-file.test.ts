import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { isAlive, processState } from "../../../src/local-neo4j/pid-file.ts";

const linux = existsSync("/proc/self/stat");

/** A process that has exited and that its parent never collects: `sleep 5` is its parent after the shell execs. */
async function zombie(): Promise<{ pid: number; parent: ReturnType<typeof spawn> }> {
  const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 5"], { stdio: ["ignore", "pipe", "ignore"] });
  const [chunk] = (await once(parent.stdout, "data")) as [Buffer];
  const pid = Number(chunk.toString().trim());
  for (let waited = 0; waited < 3000; waited += 50) {
    if (processState(pid) === "Z") break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { pid, parent };
}

describe("isAlive, which stopping the local server waits on", () => {
  it("is true for a running process and false for a pid no process has", () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(2 ** 22 + 12345)).toBe(false);
  });

  it.runIf(linux)("is false for a process that exited and was never collected (a zombie), which signal 0 still reaches", async () => {
    const { pid, parent } = await zombie();
    try {
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(isAlive(pid)).toBe(false);
    } finally {
      parent.kill();
    }
  });
});
