import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { ask, testApi } from "../../api/support/client.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";

// A plan (2024) and the report that follows it (2025), written for this test, on how a
// review words what became of a promise: a completion verb the status misses (投入运行)
// beside a plan sentence that only uses the finished works; a name shortened by its
// class word (示范基地) or a word of speed (快速); other programmes of one family
// (互联网+监管 is not 互联网+); a glossary entry, which promises nothing; a promise to
// start works kept by a list that started (A、B等工程开工建设); completion verbs after a
// list (A、B等开诊); and a short quoted core under another class word (“双拥”活动 → “双拥”工作).
const PLAN_SOURCE = fileURLToPath(new URL("../../../fixtures/commitments/songxi_2024.txt", import.meta.url));
const REVIEW_SOURCE = fileURLToPath(new URL("../../../fixtures/commitments/songxi_2025.txt", import.meta.url));

const QUERY = `query ($issuer: String, $year: Int) {
  commitments(issuer: $issuer, year: $year, first: 50) {
    items { project { name } evidence { text } outcome followUps { report { year } status nameAsWritten sectionRole evidence { text } } }
  }
}`;

interface Item {
  project: { name: string } | null;
  evidence: { text: string };
  outcome: string;
  followUps: Array<{ report: { year: number }; status: string | null; nameAsWritten: string | null; sectionRole: string | null; evidence: Array<{ text: string }> }>;
}

let scope: TestScope;

async function promised(): Promise<Record<string, Item>> {
  const answer = await ask(testApi(), QUERY, { issuer: scope.issuer("松溪县"), year: 2024 });
  expect(answer.body.errors).toBeUndefined();
  const items = (answer.body.data as { commitments: { items: Item[] } }).commitments.items;
  return Object.fromEntries(items.filter((item) => item.project !== null).map((item) => [item.project?.name, item]));
}

describe("how a later report words what became of a promise", () => {
  beforeAll(async () => {
    scope = await createTestScope();
    await ingestPaths(await scope.add([PLAN_SOURCE, REVIEW_SOURCE]));
  });
  afterAll(() => scope.dispose());

  it("gives each 2024 promise its outcome", async () => {
    const byName = await promised();
    expect(Object.fromEntries(Object.entries(byName).map(([name, item]) => [name, item.outcome]))).toMatchObject({
      松溪县全民健身中心: "REPORTED_DONE",
      松溪现代高山茶叶示范基地: "IN_PROGRESS",
      松溪至政和快速通道项目: "REPEATED",
      "互联网+": "NOT_MENTIONED_AGAIN",
      松溪水库: "REPORTED_DONE",
      松溪县人民医院: "REPORTED_DONE",
      松溪县中医院: "REPORTED_DONE",
      双拥活动: "REPEATED",
    });
  });

  it("keeps a promise to start works when a later review says they started, even in a list", async () => {
    const { 松溪水库: reservoir, 松溪县中医院: hospital } = await promised();
    expect(reservoir?.evidence.text).toBe("加快松溪水库项目前期工作，力争早日开工建设。");
    expect(reservoir?.followUps).toMatchObject([{ report: { year: 2025 }, status: "STARTED", sectionRole: "REVIEW" }]);
    expect(hospital?.followUps).toMatchObject([{ report: { year: 2025 }, status: "COMPLETED" }]);
  });

  it("follows a short core only where the later report quotes it as a name", async () => {
    const { 双拥活动: support } = await promised();
    expect(support?.followUps).toMatchObject([{ report: { year: 2025 }, status: "PLANNED", sectionRole: "PLAN" }]);
    expect(support?.followUps[0]?.evidence[0]?.text).toContain("深入开展“双拥”工作");
  });

  it("reads a completion verb beside the name in a review sentence as done, before a later plan's use of the works", async () => {
    const { 松溪县全民健身中心: centre } = await promised();
    expect(centre?.followUps).toMatchObject([{ report: { year: 2025 }, status: "COMPLETED" }]);
    expect(centre?.followUps[0]?.evidence.map((evidence) => evidence.text)).toContain("松溪县全民健身中心投入运行，松溪现代高山茶叶加快发展。");
  });

  it("follows a name the later report shortens to its core", async () => {
    const { 松溪现代高山茶叶示范基地: base, 松溪至政和快速通道项目: road } = await promised();
    expect(base?.followUps).toMatchObject([{ report: { year: 2025 }, status: "ONGOING", nameAsWritten: "松溪现代高山茶叶", sectionRole: "REVIEW" }]);
    expect(base?.followUps[0]?.evidence[0]?.text).toContain("松溪现代高山茶叶加快发展");
    expect(road?.followUps).toMatchObject([{ report: { year: 2025 }, status: "PLANNED", sectionRole: "PLAN" }]);
    expect(road?.followUps[0]?.evidence[0]?.text).toBe("推进松溪至政和通道建设。");
  });

  it("never follows a family prefix into another programme of the family", async () => {
    const { "互联网+": family } = await promised();
    expect(family?.followUps).toEqual([]);
  });

  it("takes no promise from a glossary entry", async () => {
    const items = Object.values(await promised());
    expect(items.filter((item) => item.evidence.text.includes("茶旅融合"))).toEqual([]);
  });
});
