import { describe, expect, it } from "vitest";
import { pairTargets } from "../../../src/targets/index.ts";
import { result, target } from "./observation.ts";

describe("pairing is a function of the set of observations", () => {
  const observations = [
    target(2023, { id: "a", name: "城镇调查失业率", value: 5.5, qualifier: "about", sentence: "城镇调查失业率5.5%左右。" }),
    target(2023, { id: "b", name: "城镇调查失业率", value: 5.5, sectionRole: "plan", start: 900, sentence: "城镇调查失业率5.5%左右。" }),
    result(2024, { id: "c", name: "城镇调查失业率", value: 5.2, sentence: "城镇调查失业率平均为5.2%。" }),
    result(2024, { id: "d", name: "城镇调查失业率", value: 5.0, start: 50, sentence: "年末城镇调查失业率5.0%。" }),
    target(2024, { id: "e", name: "城镇调查失业率", value: 5.5, qualifier: "about", sentence: "城镇调查失业率5.5%左右。" }),
  ];
  it("gives the same pairs in every input order", () => {
    const expected = pairTargets("national", observations, []);
    expect(expected.map((p) => [p.year, p.targetId, p.outcomeId, p.verdict])).toEqual([
      [2023, "a", "c", "MET"],
      [2024, "e", null, "NO_OUTCOME_REPORTED"],
    ]);
    for (let shift = 1; shift < observations.length; shift += 1) {
      const rotated = [...observations.slice(shift), ...observations.slice(0, shift)];
      expect(pairTargets("national", rotated.reverse(), [])).toEqual(expected);
    }
  });
});
