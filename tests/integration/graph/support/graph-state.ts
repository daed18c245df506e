import { withSession } from "../../../../src/graph/connection.ts";
import { toPlain } from "../../../../src/graph/plain-values.ts";
import { assertTestDatabase, TEST_MARKER } from "../../../support/test-database.ts";

/**
 * Empties the tests' database in batches (a large graph needs no huge transaction),
 * keeping its marker; refuses any database without the marker, and any project but
 * `whole-graph` (vitest.config.ts), whose files alone run with nothing else writing.
 * Other tests work in a scope of their own (tests/support/test-scope.ts).
 */
export async function wipeGraph(): Promise<void> {
  if (process.env.GOVKG_TEST_WHOLE_GRAPH !== "1") {
    throw new Error("wipeGraph runs only in the whole-graph test project: list the file in WHOLE_GRAPH (vitest.config.ts) or use a test scope");
  }
  await assertTestDatabase();
  await withSession("write", async (session) => {
    await session.run(`MATCH (n) WHERE NOT n:${TEST_MARKER} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`);
  });
}

async function rows(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return withSession("read", async (session) => {
    const result = await session.run(query, params);
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  });
}

/** Node counts by label and relationship counts by type. */
export async function graphCounts(): Promise<Record<string, number>> {
  // The GraphVersion node is bookkeeping for the response cache, not part of the model.
  const nodes = await rows(`MATCH (n) WHERE NOT n:${TEST_MARKER} AND NOT n:GraphVersion RETURN labels(n)[0] AS name, count(*) AS n`);
  const rels = await rows("MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n");
  return Object.fromEntries([...nodes, ...rels].map((row) => [String(row.name), Number(row.n)]).sort());
}

/**
 * Every node and relationship with its properties (minus the ingestion time), as sorted
 * lines: two graphs are the same graph exactly when their snapshots are equal. The
 * response cache's GraphVersion node is left out: its random epoch and write counter
 * say when the graph changed, not what it holds.
 */
export async function graphSnapshot(): Promise<string[]> {
  const nodes = await rows(`MATCH (n) WHERE NOT n:${TEST_MARKER} AND NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS p`);
  const rels = await rows(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.key, a.id) AS a, coalesce(b.key, b.id) AS b, properties(r) AS p",
  );
  const stable = (p: unknown): string => {
    const kept = Object.entries(p as Record<string, unknown>).filter(([name]) => name !== "ingestedAt");
    return JSON.stringify(Object.fromEntries(kept.sort(([x], [y]) => x.localeCompare(y))));
  };
  return [
    ...nodes.map((n) => `node ${JSON.stringify(n.labels)} ${stable(n.p)}`),
    ...rels.map((r) => `rel ${String(r.type)} ${String(r.a)} -> ${String(r.b)} ${stable(r.p)}`),
  ].sort();
}

/** Ids of the reports in the graph. */
export async function reportIds(): Promise<string[]> {
  return (await rows("MATCH (r:Report) RETURN r.id AS id ORDER BY id")).map((row) => String(row.id));
}

/**
 * Number of nodes the report itself wrote (carrying `reportId`), or the Report node
 * itself; the evidence of linked mentions comes from the corpus step after a batch.
 */
export async function nodesOfReport(id: string): Promise<number> {
  const [row] = await rows("MATCH (n) WHERE (n.reportId = $id AND n.linked IS NULL) OR (n:Report AND n.id = $id) RETURN count(n) AS n", { id });
  return Number(row?.n ?? 0);
}
