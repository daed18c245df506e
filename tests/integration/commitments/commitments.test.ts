import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { ask, testApi } from "../../api/support/client.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";

// A plan (2024) and the report that follows it (2025), written for this test: one
// promise done, one under way, one promised again, one never mentioned again; and three
// quantified tasks naming no project: one exceeded, one short of its figure, one dropped.
const PLAN_SOURCE = fileURLToPath(new URL("../../../fixtures/commitments/qinglan_2024.txt", import.meta.url));
const REVIEW_SOURCE = fileURLToPath(new URL("../../../fixtures/commitments/qinglan_2025.txt", import.meta.url));

const QUERY = `query ($issuer: String, $year: Int, $outcome: CommitmentOutcome) {
  commitments(issuer: $issuer, year: $year, outcome: $outcome, first: 50) {
    items {
      year project { name } task action deadline department { name } evidence { text } outcome followUps { report { year } status evidence { text } }
      targetOutcome { year verdict gap gapUnit target { value unit } outcome { value report { year } } }
    }
  }
}`;

interface Item {
  year: number;
  project: { name: string } | null;
  task: string | null;
  action: string | null;
  deadline: string | null;
  department: { name: string } | null;
  evidence: { text: string };
  outcome: string;
  followUps: Array<{ report: { year: number }; status: string | null; evidence: Array<{ text: string }> }>;
  targetOutcome: {
    year: number;
    verdict: string;
    gap: number | null;
    gapUnit: string | null;
    target: { value: number; unit: string } | null;
    outcome: { value: number; report: { year: number } } | null;
  } | null;
}

const projectsOf = (items: Item[]) => items.filter((item) => item.project !== null);
const tasksOf = (items: Item[]) => items.filter((item) => item.project === null);

let scope: TestScope;
let plan: string;
let review: string;

async function commitments(variables: Record<string, unknown> = {}): Promise<Item[]> {
  const answer = await ask(testApi(), QUERY, { issuer: scope.issuer("青岚县"), ...variables });
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data as { commitments: { items: Item[] } }).commitments.items;
}

describe("promises and what became of them", () => {
  beforeAll(async () => {
    scope = await createTestScope();
    [plan, review] = (await scope.add([PLAN_SOURCE, REVIEW_SOURCE])) as [string, string];
    await ingestPaths([review]);
    await ingestPaths([plan]);
  });
  afterAll(() => scope.dispose());

  it("follows each 2024 promise to what the 2025 report says", async () => {
    const promised = projectsOf(await commitments({ year: 2024 }));
    const byName = Object.fromEntries(promised.map((item) => [item.project?.name, item]));
    expect(Object.fromEntries(promised.map((item) => [item.project?.name, item.outcome]))).toEqual({
      青岚水库工程: "REPORTED_DONE",
      青岚体育中心: "NOT_MENTIONED_AGAIN",
      城东污水处理厂项目: "IN_PROGRESS",
      青岚科技产业园项目: "REPEATED",
    });
    expect(byName.青岚水库工程).toMatchObject({ action: "开工建设", deadline: "年内", evidence: { text: "开工建设青岚水库工程，年内完成投资3亿元。" } });
    expect(byName.城东污水处理厂项目).toMatchObject({ action: "启动", department: { name: "县住房城乡建设局" } });
    expect(byName.青岚科技产业园项目).toMatchObject({ action: "推进", deadline: "2025年底前" });
    expect(byName.青岚水库工程?.followUps).toMatchObject([{ report: { year: 2025 }, status: "COMPLETED" }]);
  });

  it("follows each 2024 quantified task to the outcome the 2025 report states", async () => {
    const tasks = tasksOf(await commitments({ year: 2024 }));
    expect(Object.fromEntries(tasks.map((item) => [item.task, item.outcome]))).toEqual({
      城镇新增就业3000人以上: "REPORTED_DONE",
      改造城镇老旧小区20个: "IN_PROGRESS",
      新建农村公路50公里: "NOT_MENTIONED_AGAIN",
    });
    const byTask = Object.fromEntries(tasks.map((item) => [item.task, item]));
    expect(byTask.城镇新增就业3000人以上).toMatchObject({
      evidence: { text: "城镇新增就业3000人以上。" },
      targetOutcome: { year: 2024, verdict: "EXCEEDED", gap: 200, gapUnit: "人", target: { value: 3000, unit: "人" }, outcome: { value: 3200, report: { year: 2025 } } },
      followUps: [{ report: { year: 2025 }, status: null }],
    });
    expect(byTask.改造城镇老旧小区20个).toMatchObject({ targetOutcome: { verdict: "MISSED", gap: -5 } });
    expect(byTask.新建农村公路50公里).toMatchObject({ targetOutcome: { verdict: "NO_OUTCOME_REPORTED", outcome: null }, followUps: [] });
  });

  it("takes no task from a sentence that names a project", async () => {
    const tasks = tasksOf(await commitments({ year: 2024 }));
    expect(tasks.filter((item) => item.evidence.text.includes("青岚水库工程"))).toEqual([]);
  });

  it("keeps the newest report's promises pending", async () => {
    const pending = await commitments({ year: 2025 });
    expect(pending.map((item) => [item.project?.name ?? item.task, item.outcome]).sort()).toEqual([
      ["城镇新增就业3000人以上", "PENDING"],
      ["青岚大桥", "PENDING"],
      ["青岚科技产业园项目", "PENDING"],
    ]);
    expect((await commitments({ outcome: "PENDING" })).length).toBe(3);
  });

  it("gives the same commitments whichever report came first", async () => {
    const before = { graph: await scope.snapshot(), answers: await commitments() };
    await scope.clear();
    await ingestPaths([plan, review]);
    expect(await scope.snapshot()).toEqual(before.graph);
    expect(await commitments()).toEqual(before.answers);
  });
});
