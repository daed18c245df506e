import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeDriver, withSession } from "../../../src/graph/connection.ts";
import { toPlain } from "../../../src/graph/plain-values.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { SMALL_SET } from "./support/fixtures.ts";
import { wipeGraph } from "./support/graph-state.ts";

/**
 * For every report in the graph, how many nodes of each report-owned kind it has. The
 * links the corpus step adds after the batch (each scope in its own transaction) are
 * not the report's own writing and are left out.
 */
async function reportShapes(): Promise<Map<string, string>> {
  const rows = await withSession("read", async (session) => {
    const result = await session.run(
      `MATCH (r:Report)
       RETURN r.id AS id,
              COUNT { (r)-[:HAS_EVIDENCE]->(e) WHERE e.linked IS NULL } AS evidence,
              COUNT { (r)-[:HAS_SECTION]->() } AS sections,
              COUNT { (r)-[:HAS_OBSERVATION]->() } AS observations,
              COUNT { (r)-[m:MENTIONS_PROJECT]->() WHERE m.via IS NULL } AS projects,
              COUNT { (r)-[:STATES_PROBLEM]->() } AS problems`,
    );
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  });
  return new Map(rows.map((row) => [String(row.id), JSON.stringify([row.evidence, row.sections, row.observations, row.projects, row.problems])]));
}

describe("reads while an ingest is writing", () => {
  beforeEach(wipeGraph);
  afterAll(closeDriver);

  it("see each report whole or not at all", async () => {
    const seen: Map<string, string>[] = [];
    let writing = true;
    const ingest = ingestPaths(SMALL_SET).finally(() => {
      writing = false;
    });
    // Poll as fast as reads come back while the writer commits one report per transaction.
    while (writing) seen.push(await reportShapes());
    const summary = await ingest;
    expect(summary.failures).toEqual([]);

    const final = await reportShapes();
    expect(final.size).toBeGreaterThanOrEqual(SMALL_SET.length);
    // At least one read must have landed mid-ingest for the check to mean anything.
    expect(seen.some((shapes) => shapes.size > 0 && shapes.size < final.size)).toBe(true);
    for (const shapes of seen) {
      for (const [id, shape] of shapes) expect({ id, shape }).toEqual({ id, shape: final.get(id) });
    }
  });
});
