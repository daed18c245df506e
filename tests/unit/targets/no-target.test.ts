import { describe, expect, it } from "vitest";
import { noTargetStatements, pairTargets } from "../../../src/targets/index.ts";
import { result } from "./observation.ts";

const report = (text: string, year = 2020) => ({ id: `report-${year}`, year, period: "FY", start: 100, text });

describe("a year with no target", () => {
  const accepted: Array<[string, string]> = [
    ["没有提出…具体目标", "需要说明的是，我们没有提出全年经济增速具体目标，主要因为不确定性很大。"],
    ["不设定…目标", "今年不设定地区生产总值增长的具体目标。"],
  ];
  it.each(accepted)("%s is a statement for the headline growth family", (_case, text) => {
    const [statement] = noTargetStatements(report(text));
    expect(statement).toMatchObject({ family: "国内生产总值", year: 2020, reportId: "report-2020" });
    expect(text.slice(statement!.start - 100, statement!.end - 100)).toBe(statement!.text);
  });

  const rejected: Array<[string, string]> = [
    ["a target that is set", "今年国内生产总值增长目标为5%左右。"],
    ["no limit on something else", "成熟一家，批准一家，不设限额。"],
    ["no target of an unknown thing", "我们没有提出具体的考核目标。"],
  ];
  it.each(rejected)("%s is no statement", (_case, text) => {
    expect(noTargetStatements(report(text))).toEqual([]);
  });

  it("the year gets NO_TARGET_SET with its outcome and the sentence", () => {
    const growth = result(2021, { id: "o", name: "国内生产总值", value: 2.3, sentence: "国内生产总值增长2.3%。" });
    const [pair] = pairTargets("national", [growth], [report("我们没有提出全年经济增速具体目标。")]);
    expect(pair).toMatchObject({ verdict: "NO_TARGET_SET", year: 2020, targetId: null, outcomeId: "o", key: "national|国内生产总值|rate|2020" });
    expect(pair?.noTarget?.text).toBe("我们没有提出全年经济增速具体目标。");
  });
});
