import { describe, expect, it } from "vitest";
import { judge } from "../../../src/targets/index.ts";

const rate = (value: number, upper: number | null = null) => ({ kind: "rate" as const, value, upper });

describe("verdicts", () => {
  const cases: Array<[string, ReturnType<typeof rate>, number, string | null, boolean, string, number]> = [
    ["a plain floor met exactly", rate(7.5), 7.5, null, false, "MET", 0],
    ["a plain floor beaten", rate(7.5), 7.8, null, false, "EXCEEDED", 0.3],
    ["a plain floor missed", rate(5.5), 3, null, false, "MISSED", -2.5],
    ["左右 reaches 5 % of the figure below", rate(7), 6.9, "about", false, "MET", -0.1],
    ["左右 reaches 5 % of the figure above", rate(5), 5.2, "about", false, "MET", 0.2],
    ["左右 beaten beyond its reach", rate(5), 5.4, "about", false, "EXCEEDED", 0.4],
    ["inside a range", rate(6, 6.5), 6.1, null, false, "MET", 0],
    ["above a range", rate(6.5, 7), 7.2, null, false, "EXCEEDED", 0.2],
    ["below a range", rate(6, 6.5), 5.8, null, false, "MISSED", -0.2],
    ["a ceiling kept far below", rate(3), 0.2, "about", true, "MET", -2.8],
    ["a ceiling broken", rate(3), 3.6, "about", true, "MISSED", 0.6],
    ["以内 is a ceiling", rate(5.5), 5.5, "under", false, "MET", 0],
  ];
  it.each(cases)("%s", (_case, target, outcome, qualifier, ceiling, verdict, gap) => {
    const judgement = judge(target, rate(outcome), qualifier, ceiling);
    expect(judgement.verdict).toBe(verdict);
    expect(judgement.gap).toBeCloseTo(gap, 6);
    expect(judgement.gapUnit).toBe("个百分点");
  });
});
