import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SMALL_SET } from "./support/fixtures.ts";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../../../bin/govkg.mjs", import.meta.url));

/** A loopback port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("ingest with Neo4j unreachable", () => {
  it("fails with a clear message and no stack trace", async () => {
    const port = await closedPort();
    const env = { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, GOVKG_DEBUG: "" };
    const outcome = await run(process.execPath, [CLI, "ingest", SMALL_SET[0]!], { env, timeout: 120_000 }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toMatch(/Neo4j is not reachable/u);
    expect(outcome.stderr).toContain(`127.0.0.1:${port}`);
    expect(outcome.stderr).not.toMatch(/^\s+at /mu);
  });
});
