import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphStats } from "../../../src/graph/admin/index.ts";
import { closeDriver } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { SMALL_SET } from "../graph/support/fixtures.ts";
import { graphSnapshot, wipeGraph } from "../graph/support/graph-state.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** `govkg db …` as a user runs it (the tests' Neo4j settings are in its environment). */
const govkg = (...args: string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, ["bin/govkg.mjs", "db", ...args], { cwd: ROOT, env: process.env, encoding: "utf8", timeout: 120_000 });

describe("govkg db stats and db wipe", () => {
  beforeAll(async () => {
    await wipeGraph();
    await ingestPaths(SMALL_SET);
  });
  afterAll(closeDriver);

  it("stats --json names the server and database and counts reports, nodes and relationships", async () => {
    const run = govkg("stats", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await graphStats());
    expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual(["uri", "database", "reports", "nodes", "relationships"]);
  });

  it("wipe without --yes says what it would delete and where, deletes nothing and exits 1", async () => {
    const before = await graphSnapshot();
    const stats = await graphStats();
    const run = govkg("wipe");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`would delete ${stats.reports} reports (${stats.nodes} nodes, ${stats.relationships} relationships)`);
    expect(run.stderr).toContain(`from ${stats.uri}, database ${stats.database}`);
    expect(await graphSnapshot()).toEqual(before);
  });
});
