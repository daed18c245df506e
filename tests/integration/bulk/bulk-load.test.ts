import { appendFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BulkError, bulkIngest, extractToDir, ingestResults } from "../../../src/bulk/index.ts";
import { loadEnv } from "../../../src/config/env.ts";
import { closeDriver, connectionSettings, withSession } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { assertTestDatabase, claimTestDatabase, TEST_MARKER } from "../../support/test-database.ts";
import { graphCounts, graphSnapshot, wipeGraph } from "../graph/support/graph-state.ts";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/reports/", import.meta.url));
const NATIONAL = fileURLToPath(new URL("../../../../shared/corpus/national/", import.meta.url));

// The fixtures and the national reports before them: shared programmes, indicators and
// yearly targets, so links and target pairs span reports and years.
async function corpusSample(): Promise<string[]> {
  const national = (await readdir(NATIONAL)).filter((name) => /^guowuyuan_202[12]\.txt$/u.test(name)).sort();
  return [FIXTURES, ...national.map((name) => path.join(NATIONAL, name))];
}

// The graph version counts write transactions (and its epoch is drawn at random): bookkeeping for caches, not the graph.
const graphOnly = (snapshot: string[]): string[] => snapshot.filter((line) => !line.startsWith('node ["GraphVersion"]'));

/**
 * A bulk load only goes into an empty database, and the tests' database carries their
 * marker: it is lifted for `work` (after checking the database is the tests' own and
 * emptying it), and afterwards the database is emptied again and claimed anew.
 */
async function withoutMarker<T>(work: () => Promise<T>): Promise<T> {
  await assertTestDatabase();
  await wipeGraph();
  await withSession("write", async (session) => void (await session.run(`MATCH (m:${TEST_MARKER}) DELETE m`)));
  try {
    return await work();
  } finally {
    await closeDriver();
    await withSession("write", async (session) => void (await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS")));
    await claimTestDatabase(connectionSettings().uri);
  }
}

// A bulk load stops and starts the local server, which a server named by GOVKG_TEST_NEO4J_URI is not.
const external = process.env.NEO4J_URI !== undefined;

describe("one corpus sample: ingested, loaded from extraction results, bulk loaded", () => {
  let inputs: string[];
  let transactional: string[];
  let counts: Record<string, number>;
  let work: string;

  beforeAll(async () => {
    inputs = await corpusSample();
    work = await mkdtemp(path.join(tmpdir(), "govkg-bulk-"));
    await wipeGraph();
    const written = await ingestPaths(inputs);
    expect(written.reportsFailed).toBe(0);
    transactional = graphOnly(await graphSnapshot());
    counts = await graphCounts();
  }, 600_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await closeDriver();
  });

  it("is big enough that links and target pairs span reports", () => {
    expect(counts.Report).toBeGreaterThanOrEqual(9);
    expect(counts.TargetOutcome).toBeGreaterThan(5);
    expect(transactional.some((line) => line.includes('"via":"lexicon"'))).toBe(true);
  });

  it("ingest --from the results of extract --out builds the graph ingesting the sources builds", async () => {
    const out = path.join(work, "results");
    const extracted = await extractToDir(inputs, out);
    expect(extracted.errors).toEqual([]);
    await wipeGraph();
    const summary = await ingestResults(out);
    expect(summary.failures).toEqual([]);
    expect(summary.reportsWritten).toBe(counts.Report);
    expect(graphOnly(await graphSnapshot())).toEqual(transactional);
  }, 600_000);

  it("ingest --from names a result file with a bad line and still loads the others", async () => {
    const out = path.join(work, "damaged");
    await extractToDir([path.join(FIXTURES, "excerpts")], out);
    const [damaged, ...intact] = (await readdir(out)).sort();
    await appendFile(path.join(out, damaged!), '{"extractor":"x"}\n');
    await wipeGraph();
    const summary = await ingestResults(out);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatchObject({ code: "bad_result", source: path.join(out, damaged!) });
    expect(summary.failures[0]!.message).toMatch(new RegExp(`${damaged!}:\\d+: `, "u"));
    expect(summary.reportsWritten).toBe(intact.length);
  }, 600_000);

  it.skipIf(external)("ingest --bulk builds the same graph through neo4j-admin import, links and target pairs included", async () => {
    const { summary, bulk, bulkCounts } = await withoutMarker(async () => {
      const loaded = await bulkIngest({ paths: inputs });
      return { summary: loaded, bulk: await graphSnapshot(), bulkCounts: await graphCounts() };
    });
    expect(summary.failures).toEqual([]);
    expect(summary.reports).toBe(counts.Report);
    expect(bulkCounts).toEqual(counts);
    expect(graphOnly(bulk)).toEqual(transactional);
  }, 600_000);
});

describe("ingest --bulk refuses", () => {
  afterAll(closeDriver);

  it.skipIf(external)("a database that holds anything, and changes nothing", async () => {
    await wipeGraph();
    await ingestPaths([path.join(FIXTURES, "excerpts")]);
    const before = await graphSnapshot();
    const refusal = await bulkIngest({ paths: [path.join(FIXTURES, "provinces")] }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BulkError);
    expect((refusal as BulkError).code).toBe("not_empty");
    expect((refusal as BulkError).message).toMatch(/holds \d+ nodes and \d+ relationships/u);
    expect(await graphSnapshot()).toEqual(before);
  }, 600_000);

  it("a server named by NEO4J_URI, before touching it", async () => {
    const env = loadEnv({ ...process.env, NEO4J_URI: "bolt://127.0.0.1:9" });
    const refusal = await bulkIngest({ paths: [FIXTURES] }, { env }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BulkError);
    expect((refusal as BulkError).code).toBe("not_local");
    expect((refusal as BulkError).message).toContain("NEO4J_URI is set (bolt://127.0.0.1:9)");
  });
});
