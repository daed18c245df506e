import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSession } from "../../../src/graph/connection.ts";
import { toPlain } from "../../../src/graph/plain-values.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";

/**
 * For every report of the scope, how many nodes of each report-owned kind it has. The
 * links the corpus step adds after the batch (each scope in its own transaction) are
 * not the report's own writing and are left out.
 */
async function reportShapes(scope: TestScope): Promise<Map<string, string>> {
  const rows = await withSession("read", async (session) => {
    const result = await session.run(
      `MATCH (r:Report) WHERE r.source STARTS WITH $dir
       RETURN r.id AS id,
              COUNT { (r)-[:HAS_EVIDENCE]->(e) WHERE e.linked IS NULL } AS evidence,
              COUNT { (r)-[:HAS_SECTION]->() } AS sections,
              COUNT { (r)-[:HAS_OBSERVATION]->() } AS observations,
              COUNT { (r)-[m:MENTIONS_PROJECT]->() WHERE m.via IS NULL } AS projects,
              COUNT { (r)-[:STATES_PROBLEM]->() } AS problems`,
      { dir: scope.dir },
    );
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  });
  return new Map(rows.map((row) => [String(row.id), JSON.stringify([row.evidence, row.sections, row.observations, row.projects, row.problems])]));
}

describe("reads while an ingest is writing", () => {
  let scope: TestScope;
  let files: string[];
  beforeAll(async () => {
    scope = await createTestScope();
    files = await scope.add(SMALL_SET);
  });
  afterAll(() => scope.dispose());

  it("see each report whole or not at all", async () => {
    const seen: Map<string, string>[] = [];
    let writing = true;
    const ingest = ingestPaths(files).finally(() => {
      writing = false;
    });
    // Poll as fast as reads come back while the writer commits one report per transaction.
    while (writing) seen.push(await reportShapes(scope));
    const summary = await ingest;
    expect(summary.failures).toEqual([]);

    const final = await reportShapes(scope);
    expect(final.size).toBeGreaterThanOrEqual(files.length);
    // At least one read must have landed mid-ingest for the check to mean anything.
    expect(seen.some((shapes) => shapes.size > 0 && shapes.size < final.size)).toBe(true);
    for (const shapes of seen) {
      for (const [id, shape] of shapes) expect({ id, shape }).toEqual({ id, shape: final.get(id) });
    }
  });
});
