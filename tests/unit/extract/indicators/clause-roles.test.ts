import { describe, expect, it } from "vitest";
import { extractIndicators } from "../../../../src/extract/indicators/index.ts";
import { makeReport } from "../support/make-report.ts";

const brief = (text: string) =>
  extractIndicators(makeReport(text)).records.map((r) => ({ name: r.name, value: r.value, unit: r.unit, change: r.change }));

describe("indicators: named by what the clause measures", () => {
  it.each([
    ["设立50亿元规模产业基金。", "产业基金规模", 50, "亿元"],
    ["带动社会资本组建超300亿元投资基金群。", "投资基金群", 300, "亿元"],
    ["35%的行政村通了公交。", "行政村通了公交", 35, "%"],
    ["新增友好城市12对。", "新增友好城市", 12, "对"],
    ["改造乡镇卫生院（分院）86所。", "改造乡镇卫生院（分院）", 86, "所"],
  ])("%s → %s", (text, name, value, unit) => {
    expect(brief(text).map(({ name, value, unit }) => ({ name, value, unit }))).toEqual([{ name, value, unit }]);
  });

  it("folds a rate behind a calculation note into the amount", () => {
    expect(brief("全市生产总值达到820亿元，按可比价格计算增长6.5%。")).toEqual([
      { name: "全市生产总值", value: 820, unit: "亿元", change: 6.5 },
    ]);
  });

  it("keeps a count of actions on a rate", () => {
    expect(brief("年内3次下调贷款利率。").map((r) => `${r.name}=${r.value}${r.unit}`)).toEqual(["下调贷款利率=3次"]);
  });

  it("takes the subject of a value from a clause that names only it", () => {
    expect(brief("职工平均工资，2015年为5200元，2020年提高到7400元。").map((r) => `${r.name}=${r.value}`)).toEqual([
      "职工平均工资=5200",
      "职工平均工资=7400",
    ]);
  });

  it("gives a rate shared with 均为 to each of its names, not to the counts of their scope", () => {
    expect(brief("46个监测断面达标率和12个饮用水源地水质达标率均为100%。").map((r) => `${r.name}=${r.value}${r.unit}`)).toEqual([
      "监测断面达标率=100%",
      "饮用水源地水质达标率=100%",
    ]);
  });
});

describe("indicators: numbers that measure nothing of their own", () => {
  it.each([
    ["a count of the report's own tasks", "今年要重点抓好6个方面工作。"],
    ["a voltage inside a project's name", "建成500千伏输变电工程。"],
    ["hours inside a policy's name", "落实144小时过境免签政策。"],
    ["the whole area's subdivisions as the scope", "在全市12个区县推行网格化管理。"],
  ])("%s", (_why, text) => {
    expect(brief(text)).toEqual([]);
  });
});
