import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withSession } from "../../../src/graph/connection.ts";
import { removeReport } from "../../../src/graph/write/index.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { pairTargetOutcomes } from "../../../src/pipeline/pair-targets.ts";
import { issuerKey } from "../../../src/resolve/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";

// Four national reports: each year's targets and the next year's review of them.
const NATIONAL = fileURLToPath(new URL("../../../../shared/corpus/national/", import.meta.url));
const SOURCES = [2022, 2023, 2024, 2025].map((year) => path.join(NATIONAL, `guowuyuan_${year}.txt`));

interface PairRow {
  family: string;
  year: number;
  verdict: string;
  target: number | null;
  outcome: number | null;
  outcomeOf: number;
}

/** The scope the State Council's reports are keyed under in a test scope. */
const councilScope = (scope: TestScope): string => issuerKey(scope.issuer("国务院"))!;

async function jobPairs(scope: TestScope): Promise<PairRow[]> {
  return withSession("read", async (session) => {
    const result = await session.run(`
      MATCH (t:TargetOutcome {scope: $scope, family: '城镇新增就业'})
      OPTIONAL MATCH (t)-[:TARGET]->(tg:Observation)
      OPTIONAL MATCH (t)-[:OUTCOME]->(oc:Observation)
      RETURN t.family AS family, t.year AS year, t.verdict AS verdict, tg.value AS target, oc.value AS outcome,
             COUNT { (oc)-[:OUTCOME_OF]->(tg) } AS outcomeOf
      ORDER BY year`, { scope: councilScope(scope) });
    return result.records.map((record) => ({
      family: String(record.get("family")),
      year: Number(record.get("year")),
      verdict: String(record.get("verdict")),
      target: record.get("target") === null ? null : Number(record.get("target")),
      outcome: record.get("outcome") === null ? null : Number(record.get("outcome")),
      outcomeOf: Number(record.get("outcomeOf")),
    }));
  });
}

describe("target/outcome pairs depend only on the set of reports", () => {
  let scope: TestScope;
  let files: string[];
  beforeEach(async () => {
    scope = await createTestScope();
    files = await scope.add(SOURCES);
  });
  afterEach(() => scope.dispose());

  it("oldest first, newest first and in one batch give the same graph", async () => {
    for (const file of files) await ingestPaths([file]);
    const forward = await scope.snapshot();
    const pairs = await jobPairs(scope);
    expect(pairs.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(pairs.filter((p) => p.outcome !== null).every((p) => p.outcomeOf === 1)).toBe(true);
    expect(pairs.at(-1)).toMatchObject({ year: 2025, verdict: "NO_OUTCOME_REPORTED", outcome: null });
    expect(forward.some((line) => line.startsWith("rel OUTCOME_OF"))).toBe(true);

    await scope.clear();
    for (const file of [...files].reverse()) await ingestPaths([file]);
    expect(await scope.snapshot()).toEqual(forward);

    await scope.clear();
    await ingestPaths(files);
    expect(await scope.snapshot()).toEqual(forward);
  });

  it("a removed review unpairs its year, a re-ingested one pairs it again, a forced rewrite changes nothing", async () => {
    await ingestPaths(files);
    const whole = await scope.snapshot();
    const before = await jobPairs(scope);
    expect(before.find((p) => p.year === 2023)?.outcome).not.toBeNull();

    const ids = await scope.reportIds();
    const review2023 = await withSession("read", async (session) => {
      const result = await session.run("MATCH (r:Report {year: 2024, scope: $scope}) RETURN r.id AS id", { scope: councilScope(scope) });
      return String(result.records[0]?.get("id"));
    });
    expect(ids).toContain(review2023);
    await removeReport(review2023);
    await pairTargetOutcomes();
    expect((await jobPairs(scope)).find((p) => p.year === 2023)).toMatchObject({ verdict: "NO_OUTCOME_REPORTED", outcome: null });
    expect((await jobPairs(scope)).some((p) => p.year === 2024)).toBe(false);

    await ingestPaths(files);
    expect(await scope.snapshot()).toEqual(whole);

    await ingestPaths([files[2]!], { force: true });
    expect(await scope.snapshot()).toEqual(whole);
  });
});
