import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { connectionSettings } from "../../src/graph/connection.ts";

const run = promisify(execFile);

describe("the routing scheme (neo4j://), as on a cluster or Aura", () => {
  it("writes in executeWrite and reads its own write back in executeRead against a single server", async () => {
    const bolt = new URL(connectionSettings().uri);
    const uri = `neo4j://${bolt.hostname}:${bolt.port}`;
    const mark = randomUUID();
    const { stdout } = await run(process.execPath, ["--import", "tsx", "tests/api/support/routing-client.ts", mark], {
      env: { ...process.env, NEO4J_URI: uri },
      timeout: 120_000,
    });
    const seen = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { uri: string; created: number; read: string[]; before: string | null; after: string | null };
    expect(seen.uri).toBe(uri);
    expect(seen.created).toBe(1);
    expect(seen.read).toEqual([mark]);
    // The write bumped the graph version in its own transaction.
    expect(seen.after).not.toBeNull();
    expect(seen.after).not.toBe(seen.before);
  });
});
