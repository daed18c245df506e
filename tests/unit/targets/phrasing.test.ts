import { describe, expect, it } from "vitest";
import { pairTargets, type TargetObservation } from "../../../src/targets/index.ts";
import { result, target } from "./observation.ts";

const UNEMPLOYMENT = "城镇调查失业率";
const PRICES = "居民消费价格涨幅";
const JOBS = "城镇新增就业";

/** The one pair a case yields for its family, or undefined when nothing was taken as an annual target. */
function pairOf(observations: TargetObservation[]) {
  return pairTargets("national", observations, []).find((pair) => pair.targetId !== null);
}

describe("target phrasing: accepted as the year's target", () => {
  const accepted: Array<[string, TargetObservation, Partial<ReturnType<typeof pairOf> & object>]> = [
    [
      "左右",
      target(2024, { id: "t", name: PRICES, value: 3, qualifier: "about", sentence: "今年发展主要预期目标是：居民消费价格涨幅3%左右。" }),
      { family: "居民消费价格", ceiling: true, nature: "expected", strive: false },
    ],
    [
      "以上",
      target(2024, { id: "t", name: JOBS, value: 1200, unit: "万人", normalizedValue: 1.2e7, baseUnit: "人", qualifier: "over", sentence: "城镇新增就业1200万人以上。" }),
      { family: "城镇新增就业", measure: "level", ceiling: false },
    ],
    [
      "以内",
      target(2024, { id: "t", name: UNEMPLOYMENT, value: 5.5, qualifier: "under", sentence: "城镇调查失业率5.5%以内。" }),
      { family: "城镇调查失业率", ceiling: true },
    ],
    [
      "a range",
      target(2024, { id: "t", name: "工业增加值", value: 6, upper: 6.5, sentence: "规模以上工业增加值增长6%－6.5%。" }),
      { family: "工业增加值", measure: "rate" },
    ],
    [
      "力争",
      target(2024, { id: "t", name: JOBS, value: 1100, unit: "万人", normalizedValue: 1.1e7, baseUnit: "人", sentence: "城镇新增就业1100万人，力争实现更好结果。" }),
      { strive: true },
    ],
    [
      "约束性",
      target(2024, { id: "t", name: "单位能耗", value: -3, sentence: "单位国内生产总值能耗降低3%左右，这是约束性指标。" }),
      { nature: "binding" },
    ],
    [
      "预期性",
      target(2024, { id: "t", name: UNEMPLOYMENT, value: 5.5, sentence: "城镇调查失业率5.5%左右，是预期性指标。" }),
      { nature: "expected" },
    ],
    [
      "a single year under a five-year heading",
      target(2021, { id: "t", name: UNEMPLOYMENT, value: 5.5, headings: ["“十三五”时期发展成就和“十四五”时期主要目标任务"], sentence: "今年城镇调查失业率5.5%左右。" }),
      { year: 2021 },
    ],
    [
      "an aim in a section read as the review, naming no year",
      target(2026, { id: "t", name: UNEMPLOYMENT, value: 5.5, periodYear: 2025, sectionRole: "review", sentence: "主要预期目标是：城镇调查失业率5.5%左右。" }),
      { year: 2026 },
    ],
    [
      "a year written in words under a heading that also names the five-year plan",
      target(1991, {
        id: "t",
        name: JOBS,
        value: 500,
        unit: "万人",
        normalizedValue: 5e6,
        baseUnit: "人",
        headings: ["1991年计划的主要目标和任务", "一九九一年是第八个五年计划的头一年"],
        before: "——在改善经济结构的基础上，农业总产值比上年增长３．５％；",
        sentence: "城镇新增就业５００万人。",
      }),
      { year: 1991 },
    ],
    [
      "an aim in a section read as the review, after 今年",
      target(2026, { id: "t", name: UNEMPLOYMENT, value: 5.5, periodYear: 2025, sectionRole: "review", sentence: "今年经济社会发展的主要预期目标是：城镇调查失业率控制在5.5%左右。" }),
      { year: 2026 },
    ],
  ];
  it.each(accepted)("%s", (_case, observation, expected) => {
    expect(pairOf([observation])).toMatchObject({ targetId: "t", year: observation.reportYear, ...expected });
  });
});

describe("target phrasing: rejected as an annual target", () => {
  const rejected: Array<[string, TargetObservation]> = [
    ["年均 in the clause", target(2021, { id: "t", name: "居民人均可支配收入", value: 5, sentence: "居民人均可支配收入年均增长5%以上。" })],
    ["a five-year total in the name", target(2016, { id: "t", name: `五年${JOBS}`, value: 5000, unit: "万人", sentence: "五年城镇新增就业5000万人以上。" })],
    ["a five-year heading", target(2016, { id: "t", name: JOBS, value: 5000, unit: "万人", headings: ["“十三五”时期主要目标任务和重大举措"], sentence: "实现城镇新增就业5000万人以上。" })],
    ["a five-year paragraph", target(2011, { id: "t", name: UNEMPLOYMENT, value: 5, before: "今后五年，", sentence: "城镇登记失业率控制在5%以内。" })],
    ["a year ahead of the report", target(2021, { id: "t", name: JOBS, value: 1100, periodYear: 2025, sentence: "到2025年城镇新增就业1100万人。" })],
    ["a past year read in a review paragraph", target(2011, { id: "t", name: JOBS, value: 1168, before: "过去一年，我们的各项工作取得了很大成绩。", sentence: "城镇新增就业1168万人。" })],
    ["last year's aim, named as last year's", target(2026, { id: "t", name: UNEMPLOYMENT, value: 5.5, periodYear: 2025, sectionRole: "review", sentence: "去年预期目标是城镇调查失业率5.5%左右。" })],
    ["a half-year plan", target(2024, { id: "t", name: JOBS, value: 600, reportPeriod: "H1", sentence: "上半年城镇新增就业600万人。" })],
    ["a past year's review under a heading the extractor read as targets", target(2025, { id: "t", name: JOBS, value: 40, unit: "万人", headings: ["2024年工作回顾", "主要目标质效齐升"], sentence: "全年实现城镇新增就业40万人。" })],
    [
      "a figure lent the name of an earlier clause",
      target(2024, { id: "t", name: JOBS, value: 5.5, sentence: "城镇新增就业1200万人以上，城镇调查失业率5.5%左右。" }),
    ],
  ];
  it.each(rejected)("%s", (_case, observation) => {
    expect(pairOf([observation])).toBeUndefined();
  });
});

describe("outcomes", () => {
  const aim = target(2023, { id: "t", name: JOBS, value: 1200, unit: "万人", normalizedValue: 1.2e7, baseUnit: "人", qualifier: "over", sentence: "城镇新增就业1200万人以上。" });
  const jobs = (id: string, reportYear: number, value: number, fields: Partial<TargetObservation> = {}) =>
    result(reportYear, { id, name: JOBS, value, unit: "万人", normalizedValue: value * 1e4, baseUnit: "人", periodYear: 2023, sentence: `城镇新增就业${value}万人。`, ...fields });

  it("a preliminary figure is superseded by the final one of a later report", () => {
    const preliminary = jobs("p", 2024, 1240, { status: "expected", sentence: "预计城镇新增就业1240万人。" });
    const final = jobs("f", 2025, 1244, { sentence: "2023年城镇新增就业1244万人。" });
    expect(pairOf([aim, preliminary, final])).toMatchObject({ outcomeId: "f", preliminary: false, gap: 44, gapUnit: "万人", verdict: "EXCEEDED" });
    expect(pairOf([aim, preliminary])).toMatchObject({ outcomeId: "p", preliminary: true });
  });

  it("the next year's review wins over a later restatement", () => {
    expect(pairOf([aim, jobs("late", 2026, 1250), jobs("next", 2024, 1244)])).toMatchObject({ outcomeId: "next" });
  });

  it("a five-year average never pairs with an annual target", () => {
    const average = jobs("avg", 2024, 1300, { sentence: "五年来城镇新增就业年均1300万人。" });
    expect(pairOf([aim, average])).toMatchObject({ outcomeId: null, verdict: "NO_OUTCOME_REPORTED" });
  });

  it("a half-year figure is not the year's outcome", () => {
    const half = jobs("h", 2024, 700, { sentence: "上半年城镇新增就业700万人。" });
    expect(pairOf([aim, half])).toMatchObject({ outcomeId: null });
  });

  it("a rate pairs with the growth stated beside a level", () => {
    const growth = target(2024, { id: "g", name: "社会消费品零售总额", value: 5, sentence: "社会消费品零售总额增长5%左右。", qualifier: "about" });
    const level = result(2025, { id: "l", name: "社会消费品零售总额", value: 48, unit: "万亿元", normalizedValue: 4.8e13, baseUnit: "元", change: 3.5, changeUnit: "%", sentence: "社会消费品零售总额48万亿元，增长3.5%。" });
    expect(pairOf([growth, level])).toMatchObject({ outcomeId: "l", gap: -1.5, verdict: "MISSED" });
  });

  it("a figure read as an aim in a review naming last year is its result", () => {
    const reviewed = jobs("r", 2024, 1244, { status: "target", sentence: "2023年，全面实现年初确定的主要目标，城镇新增就业1244万人。" });
    const aimRestated = jobs("a", 2024, 1200, { status: "target", sentence: "2023年预期目标是城镇新增就业1200万人。" });
    expect(pairOf([aim, reviewed])).toMatchObject({ outcomeId: "r" });
    expect(pairOf([aim, aimRestated])).toMatchObject({ outcomeId: null });
  });

  it("a year-on-year figure in a five-year review is one year's result", () => {
    const yearOnYear = jobs("y", 2024, 1244, { headings: ["过去五年工作回顾"], before: "五年来，就业保持稳定。", sentence: "城镇新增就业比上年增加1244万人。" });
    expect(pairOf([aim, yearOnYear])).toMatchObject({ outcomeId: "y" });
  });

  it("a year named after the five years, in the paragraph, makes the figure that year's", () => {
    const named = jobs("n", 2024, 1244, { headings: ["过去五年工作回顾"], before: "五年来，就业保持稳定。\n刚刚过去的2023年，主要目标任务全面完成。", sentence: "城镇新增就业1244万人。" });
    const fiveYears = jobs("f", 2024, 6000, { headings: ["过去五年工作回顾"], before: "2023年是开局之年。五年来，就业保持稳定。", sentence: "城镇新增就业6000万人。" });
    expect(pairOf([aim, named])).toMatchObject({ outcomeId: "n" });
    expect(pairOf([aim, fiveYears])).toMatchObject({ outcomeId: null });
  });

  it("a figure read as an aim in a plan paragraph opening on the past year is last year's result", () => {
    const opening = jobs("o", 2024, 1244, { status: "target", sectionRole: "plan", periodYear: 2024, before: "2024年是关键之年。过去一年，我们的各项工作取得了很大成绩。", sentence: "城镇新增就业1244万人。" });
    const aimAfter = jobs("a", 2024, 1200, { status: "target", sectionRole: "plan", periodYear: 2024, before: "过去一年成绩显著。今年发展主要预期目标是：", sentence: "城镇新增就业1200万人。" });
    expect(pairOf([aim, opening])).toMatchObject({ outcomeId: "o" });
    expect(pairOf([aim, aimAfter])).toMatchObject({ outcomeId: null });
  });

  it("a figure lent the name of an earlier clause is no outcome of that indicator", () => {
    const aimRate = target(2023, { id: "t", name: UNEMPLOYMENT, value: 5.5, qualifier: "about", sentence: "城镇调查失业率5.5%左右。" });
    const sentence = "城镇调查失业率平均为5.2%，居民消费价格上涨0.2%。";
    const lent = result(2024, { id: "l", name: UNEMPLOYMENT, value: 0.2, periodYear: 2023, sentence });
    const own = result(2024, { id: "o", name: UNEMPLOYMENT, value: 5.2, periodYear: 2023, sentence });
    expect(pairOf([aimRate, lent])).toMatchObject({ outcomeId: null });
    expect(pairOf([aimRate, lent, own])).toMatchObject({ outcomeId: "o", verdict: "MET" });
  });

  it("a result an annual report dates to its own year is last year's", () => {
    const rate = result(2020, { id: "r", name: PRICES, value: 2.9, periodYear: 2020, sentence: "居民消费价格上涨2.9%。" });
    const aim2019 = target(2019, { id: "t", name: PRICES, value: 3, qualifier: "about", sentence: "居民消费价格涨幅3%左右。" });
    expect(pairOf([aim2019, rate])).toMatchObject({ outcomeId: "r", verdict: "MET" });
  });
});
