import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeDriver, withSession } from "../../../src/graph/connection.ts";
import { removeReport } from "../../../src/graph/write/index.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { pairTargetOutcomes } from "../../../src/pipeline/pair-targets.ts";
import { graphSnapshot, reportIds, wipeGraph } from "../graph/support/graph-state.ts";

// Four national reports: each year's targets and the next year's review of them.
const NATIONAL = fileURLToPath(new URL("../../../../shared/corpus/national/", import.meta.url));
const FILES = [2022, 2023, 2024, 2025].map((year) => path.join(NATIONAL, `guowuyuan_${year}.txt`));

interface PairRow {
  family: string;
  year: number;
  verdict: string;
  target: number | null;
  outcome: number | null;
  outcomeOf: number;
}

async function jobPairs(): Promise<PairRow[]> {
  return withSession("read", async (session) => {
    const result = await session.run(`
      MATCH (t:TargetOutcome {scope: 'national', family: '城镇新增就业'})
      OPTIONAL MATCH (t)-[:TARGET]->(tg:Observation)
      OPTIONAL MATCH (t)-[:OUTCOME]->(oc:Observation)
      RETURN t.family AS family, t.year AS year, t.verdict AS verdict, tg.value AS target, oc.value AS outcome,
             COUNT { (oc)-[:OUTCOME_OF]->(tg) } AS outcomeOf
      ORDER BY year`);
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
  beforeEach(wipeGraph);
  afterAll(closeDriver);

  it("oldest first, newest first and in one batch give the same graph", async () => {
    for (const file of FILES) await ingestPaths([file]);
    const forward = await graphSnapshot();
    const pairs = await jobPairs();
    expect(pairs.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(pairs.filter((p) => p.outcome !== null).every((p) => p.outcomeOf === 1)).toBe(true);
    expect(pairs.at(-1)).toMatchObject({ year: 2025, verdict: "NO_OUTCOME_REPORTED", outcome: null });
    expect(forward.some((line) => line.startsWith("rel OUTCOME_OF"))).toBe(true);

    await wipeGraph();
    for (const file of [...FILES].reverse()) await ingestPaths([file]);
    expect(await graphSnapshot()).toEqual(forward);

    await wipeGraph();
    await ingestPaths(FILES);
    expect(await graphSnapshot()).toEqual(forward);
  });

  it("a removed review unpairs its year, a re-ingested one pairs it again, a forced rewrite changes nothing", async () => {
    await ingestPaths(FILES);
    const whole = await graphSnapshot();
    const before = await jobPairs();
    expect(before.find((p) => p.year === 2023)?.outcome).not.toBeNull();

    const ids = await reportIds();
    const review2023 = await withSession("read", async (session) => {
      const result = await session.run("MATCH (r:Report {year: 2024, scope: 'national'}) RETURN r.id AS id");
      return String(result.records[0]?.get("id"));
    });
    expect(ids).toContain(review2023);
    await removeReport(review2023);
    await pairTargetOutcomes();
    expect((await jobPairs()).find((p) => p.year === 2023)).toMatchObject({ verdict: "NO_OUTCOME_REPORTED", outcome: null });
    expect((await jobPairs()).some((p) => p.year === 2024)).toBe(false);

    await ingestPaths(FILES);
    expect(await graphSnapshot()).toEqual(whole);

    await ingestPaths([FILES[2]!], { force: true });
    expect(await graphSnapshot()).toEqual(whole);
  });
});
