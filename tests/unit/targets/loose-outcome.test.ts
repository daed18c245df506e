import { describe, expect, it } from "vitest";
import { pairTargets, type TargetObservation } from "../../../src/targets/index.ts";
import { nameOverlap } from "../../../src/targets/loose-outcome.ts";
import { result, target } from "./observation.ts";

const amount = (value: number, unit: string) => ({ value, unit, normalizedValue: value, baseUnit: unit });
const task = (name: string, value: number, unit: string, sentence: string) =>
  target(2025, { id: "t", name, indicatorKey: `本市|${name}`, ...amount(value, unit), sentence });
const outcome = (id: string, name: string, value: number, unit: string, fields: Partial<TargetObservation> = {}) =>
  result(2026, { id, name, indicatorKey: `本市|${name}`, ...amount(value, unit), sentence: `${name}${value}${unit}。`, ...fields });

const pairOf = (observations: TargetObservation[]) => pairTargets("本市", observations, []).find((pair) => pair.targetId === "t");

describe("a task's outcome worded differently by the next review", () => {
  it("most of the name in the other, same unit", () => {
    const aim = task("改造农村互助幸福院", 100, "个", "改造100个农村互助幸福院。");
    expect(pairOf([aim, outcome("o", "改造提升农村互助幸福院", 108, "个")])).toMatchObject({ outcomeId: "o", verdict: "EXCEEDED", gap: 8 });
  });

  it("two classifiers of counted things (部, 台)", () => {
    const aim = task("老楼加装电梯完工", 600, "部", "老楼加装电梯完工600部。");
    expect(pairOf([aim, outcome("o", "老楼加装电梯", 869, "台")])).toMatchObject({ outcomeId: "o", verdict: "EXCEEDED" });
  });

  it("the closest name wins", () => {
    const aim = task("改造农村互助幸福院", 100, "个", "改造100个农村互助幸福院。");
    const near = outcome("near", "改造提升农村互助幸福院", 108, "个");
    const nearer = outcome("nearer", "改造农村互助幸福院", 104, "个", { indicatorKey: "本市|改造农村互助幸福院项目" });
    expect(pairOf([aim, near, nearer])).toMatchObject({ outcomeId: "nearer" });
  });

  const rejected: Array<[string, TargetObservation]> = [
    ["a name sharing only its head word", outcome("o", "服务业增加值", 1.98, "万亿元")],
    ["another unit", outcome("o", "改造提升农村互助幸福院", 108, "万元")],
    ["a short name", outcome("o", "幸福院", 108, "个")],
    ["another year", outcome("o", "改造提升农村互助幸福院", 108, "个", { periodYear: 2026, reportYear: 2027, reportId: "report-2027" })],
  ];
  it.each(rejected)("not %s", (_case, other) => {
    const aim = task(_case === "a name sharing only its head word" ? "文化产业和旅游业增加值" : "改造农村互助幸福院", 100, "个", "改造100个农村互助幸福院。");
    expect(pairOf([aim, other])).toMatchObject({ outcomeId: null, verdict: "NO_OUTCOME_REPORTED" });
  });

  it("never for a known family, which pairs by its own spellings only", () => {
    const aim = task("城镇新增就业", 85, "万人", "城镇新增就业85万人。");
    expect(pairOf([aim, outcome("o", "城镇新增加就业", 107, "万人")])).toMatchObject({ outcomeId: null });
  });

  it("measures how much of the shorter name the longer holds", () => {
    expect(nameOverlap("改造农村互助幸福院", "改造提升农村互助幸福院")).toBe(0.875);
    expect(nameOverlap("城中村", "城中村改造")).toBe(0);
  });
});
