import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { ask, testApi } from "../../api/support/client.ts";
import { graphSnapshot, wipeGraph } from "../graph/support/graph-state.ts";

// A plan (2024) and the report that follows it (2025), written for this test: one
// promise done, one under way, one promised again, one never mentioned again.
const PLAN = fileURLToPath(new URL("../../../fixtures/commitments/qinglan_2024.txt", import.meta.url));
const REVIEW = fileURLToPath(new URL("../../../fixtures/commitments/qinglan_2025.txt", import.meta.url));

const QUERY = `query ($year: Int, $outcome: CommitmentOutcome) {
  commitments(issuer: "青岚县", year: $year, outcome: $outcome, first: 50) {
    items { year project { name } action deadline department { name } evidence { text } outcome followUps { report { year } status } }
  }
}`;

interface Item {
  year: number;
  project: { name: string };
  action: string | null;
  deadline: string | null;
  department: { name: string } | null;
  evidence: { text: string };
  outcome: string;
  followUps: Array<{ report: { year: number }; status: string }>;
}

async function commitments(variables: Record<string, unknown> = {}): Promise<Item[]> {
  const answer = await ask(testApi(), QUERY, variables);
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data as { commitments: { items: Item[] } }).commitments.items;
}

describe("promises and what became of them", () => {
  beforeAll(async () => {
    await wipeGraph();
    await ingestPaths([REVIEW]);
    await ingestPaths([PLAN]);
  });
  afterAll(closeDriver);

  it("follows each 2024 promise to what the 2025 report says", async () => {
    const promised = await commitments({ year: 2024 });
    const byName = Object.fromEntries(promised.map((item) => [item.project.name, item]));
    expect(Object.fromEntries(promised.map((item) => [item.project.name, item.outcome]))).toEqual({
      青岚水库工程: "REPORTED_DONE",
      青岚体育中心: "NOT_MENTIONED_AGAIN",
      城东污水处理厂项目: "IN_PROGRESS",
      青岚科技产业园项目: "REPEATED",
    });
    expect(byName.青岚水库工程).toMatchObject({ action: "开工建设", deadline: "年内", evidence: { text: "开工建设青岚水库工程，年内完成投资3亿元。" } });
    expect(byName.城东污水处理厂项目).toMatchObject({ action: "启动", department: { name: "县住房城乡建设局" } });
    expect(byName.青岚科技产业园项目).toMatchObject({ action: "推进", deadline: "2025年底前" });
    expect(byName.青岚水库工程?.followUps).toEqual([{ report: { year: 2025 }, status: "COMPLETED" }]);
  });

  it("keeps the newest report's promises pending", async () => {
    const pending = await commitments({ year: 2025 });
    expect(pending.map((item) => [item.project.name, item.outcome]).sort()).toEqual([
      ["青岚大桥", "PENDING"],
      ["青岚科技产业园项目", "PENDING"],
    ]);
    expect((await commitments({ outcome: "PENDING" })).length).toBe(2);
  });

  it("gives the same commitments whichever report came first", async () => {
    const before = { graph: await graphSnapshot(), answers: await commitments() };
    await wipeGraph();
    await ingestPaths([PLAN, REVIEW]);
    expect(await graphSnapshot()).toEqual(before.graph);
    expect(await commitments()).toEqual(before.answers);
  });
});
