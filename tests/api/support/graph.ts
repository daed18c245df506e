import { closeDriver, runAutoCommit } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";

export const FIXTURES = "fixtures/reports";

/**
 * Loads the fixture reports; unchanged reports are skipped, so every file may call it.
 * Extraction failures of single reports are the pipeline's tests' business; the API
 * tests only need the graph to hold the rest.
 */
export async function loadFixtures(): Promise<void> {
  const summary = await ingestPaths([FIXTURES]);
  if (summary.reportsWritten + summary.reportsSkipped === 0) {
    throw new Error(`no fixture report reached the graph: ${JSON.stringify(summary.failures)}`);
  }
}

/**
 * Ids of the fixture reports, the API tests' own data: other reports in the graph (a
 * scoped test of another run on the same server) may come and go, these do not.
 */
export async function fixtureReportIds(): Promise<string[]> {
  const rows = await runAutoCommit({ name: "tests/api/fixture-reports", text: "MATCH (r:Report) WHERE r.source STARTS WITH $folder RETURN r.id AS id ORDER BY id" }, { folder: `${FIXTURES}/` });
  return rows.map((row) => String(row.id));
}

/** Ad-hoc Cypher for checking answers against the graph directly and for planting test data. */
export async function cypherRows(text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return runAutoCommit({ name: "tests/api", text }, params);
}

export { closeDriver };
