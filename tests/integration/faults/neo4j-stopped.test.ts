import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv, type Env } from "../../../src/config/env.ts";
import { closeDriver, connectionSettings, GraphError, withSession } from "../../../src/graph/connection.ts";
import { migrate } from "../../../src/graph/migrate.ts";
import { ensureNeo4j, stopNeo4j } from "../../../src/local-neo4j/index.ts";
import { shareResolvedJars } from "../../../src/local-neo4j/index.ts";
import { claimTestDatabase } from "../../support/test-database.ts";
import { IngestInterruptedError, ingestPaths } from "../../../src/pipeline/index.ts";
import { copyFixtures, FIXTURES } from "../graph/support/fixtures.ts";
import { graphSnapshot, nodesOfReport, reportIds, wipeGraph } from "../graph/support/graph-state.ts";

// The small excerpt finishes first, so the server dies while a national report is still being written.
const BATCH = [
  "excerpts/wanzhou_2023H1_excerpt.txt",
  "national/guowuyuan_2023.txt",
  "national/guowuyuan_2024.txt",
  "national/guowuyuan_2025.txt",
  "provinces/hebei_2025.txt",
  "provinces/hebei_2026.txt",
  "excerpts/wanzhou_2024_govreport_excerpt.txt",
].map((file) => path.join(FIXTURES, file));

const PRIVATE_SETTINGS = ["NEO4J_URI", "GOVKG_NEO4J_HOME", "GOVKG_BOLT_PORT", "GOVKG_HTTP_PORT", "GOVKG_NEO4J_HEAP", "GOVKG_NEO4J_PAGECACHE"] as const;
const savedSettings = Object.fromEntries(PRIVATE_SETTINGS.map((name) => [name, process.env[name]]));

/** Distinct loopback ports nothing listens on: all bound at once by us, then released. */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  for (let i = 0; i < count; i++) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
  }
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  return ports;
}

async function countOf(query: string): Promise<number> {
  return withSession("read", async (session) => {
    const result = await session.run(query);
    return Number(result.records[0]?.get("n") ?? 0);
  });
}

/** Evidence, sections and other report-owned nodes whose report is not in the graph. */
const orphanedReportNodes = (): Promise<number> =>
  countOf("MATCH (n) WHERE n.reportId IS NOT NULL AND NOT EXISTS { MATCH (r:Report {id: n.reportId}) } RETURN count(n) AS n");

/** File names of the given reports' sources. */
async function sourcesOf(ids: readonly string[]): Promise<string[]> {
  return withSession("read", async (session) => {
    const result = await session.run("MATCH (r:Report) WHERE r.id IN $ids RETURN r.source AS source", { ids });
    return result.records.map((record) => path.basename(String(record.get("source"))));
  });
}

async function nodesPerReport(ids: readonly string[]): Promise<Record<string, number>> {
  const entries: [string, number][] = [];
  for (const id of ids) entries.push([id, await nodesOfReport(id)]);
  return Object.fromEntries(entries);
}

describe("Neo4j stopped in the middle of a batch ingest", () => {
  let env: Env;
  let home: string | undefined;
  let batchDir: string | undefined;
  let ownServer = false;

  beforeAll(async () => {
    const shared = loadEnv({ ...process.env });
    const [boltPort, httpPort] = (await freePorts(2)) as [number, number];
    home = await mkdtemp(path.join(tmpdir(), "govkg-neo4j-stopped-"));
    delete process.env.NEO4J_URI;
    Object.assign(process.env, {
      GOVKG_NEO4J_HOME: home,
      GOVKG_BOLT_PORT: String(boltPort),
      GOVKG_HTTP_PORT: String(httpPort),
      GOVKG_NEO4J_HEAP: "512m",
      GOVKG_NEO4J_PAGECACHE: "128m",
    });
    env = loadEnv();
    // Everything below wipes and kills: it must only ever reach the server this file starts.
    if (connectionSettings(env).uri !== `bolt://127.0.0.1:${boltPort}` || env.GOVKG_NEO4J_HOME !== home) {
      throw new Error("the environment was read before this file could point it at a private server");
    }
    await shareResolvedJars(env, shared);
    const handle = await ensureNeo4j({ env });
    if (!handle.startedHere) throw new Error(`something else answers on port ${boltPort}`);
    ownServer = true;
    await claimTestDatabase(handle.uri);
    await migrate();
  });

  afterAll(async () => {
    await closeDriver();
    if (ownServer) await stopNeo4j({ env });
    if (home !== undefined) await rm(home, { recursive: true, force: true });
    if (batchDir !== undefined) await rm(batchDir, { recursive: true, force: true });
    for (const [name, value] of Object.entries(savedSettings)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  // Two boots of a Neo4j of its own and three batch ingests: 300 s ran out on two loaded cores.
  it("leaves no half report, says it could not finish, and a rerun after restart builds the uninterrupted graph", async () => {
    const batch = await copyFixtures(BATCH);
    batchDir = batch.dir;

    const uninterrupted = await ingestPaths(batch.files);
    expect(uninterrupted.failures).toEqual([]);
    const expectedIds = await reportIds();
    expect(expectedIds.length).toBe(uninterrupted.reportsWritten);
    const expectedNodes = await nodesPerReport(expectedIds);
    const expectedGraph = await graphSnapshot();
    await wipeGraph();

    const serverPid = (await ensureNeo4j({ env })).pid;
    expect(serverPid).toBeDefined();
    let killed = false;
    const crashed: unknown = await ingestPaths(batch.files, {
      onProgress: () => {
        if (killed) return;
        killed = true;
        process.kill(serverPid!, "SIGKILL");
      },
    }).catch((error: unknown) => error);
    // Cuts off the driver the failed run still holds, so nothing of it reaches the restarted server.
    await closeDriver();

    expect(killed).toBe(true);
    expect(crashed).toBeInstanceOf(GraphError);
    const error = crashed as GraphError;
    expect(error.code).toBe("neo4j_unavailable");
    expect(error.message).toMatch(/Neo4j is not reachable/u);
    // The run names every file that did not land: the one being written and those not started.
    expect(crashed).toBeInstanceOf(IngestInterruptedError);
    const partial = (crashed as IngestInterruptedError).summary;
    const notLanded = new Set(partial.failures.map((failure) => path.basename(failure.source)));
    expect(notLanded.size).toBeGreaterThan(0);

    const restarted = await ensureNeo4j({ env });
    expect(restarted.startedHere).toBe(true);
    expect(restarted.pid).not.toBe(serverPid);

    const landed = await reportIds();
    expect(landed.length).toBeGreaterThan(0);
    expect(landed.length).toBeLessThan(expectedIds.length);
    expect(expectedIds).toEqual(expect.arrayContaining(landed));
    expect(await nodesPerReport(landed)).toEqual(Object.fromEntries(landed.map((id) => [id, expectedNodes[id]])));
    expect(await orphanedReportNodes()).toBe(0);
    const landedSources = new Set(await sourcesOf(landed));
    // Every file that did not land is named. A file whose report committed just before a
    // later read of the same file failed is named too; the rerun then finds it unchanged.
    for (const file of batch.files.filter((f) => !landedSources.has(path.basename(f)))) expect(notLanded).toContain(path.basename(file));

    const rerun = await ingestPaths(batch.files);
    expect(rerun).toMatchObject({ reportsFailed: 0, reportsSkipped: landed.length, reportsWritten: expectedIds.length - landed.length });
    expect(await reportIds()).toEqual(expectedIds);
    expect(await graphSnapshot()).toEqual(expectedGraph);
  }, 600_000);
});
