import { describe, expect, it } from "vitest";
import { extractIndicators } from "../../../../src/extract/indicators/index.ts";
import type { Indicator } from "../../../../src/domain/index.ts";
import { makeReport, type MakeReportOptions } from "../support/make-report.ts";

const records = (text: string, options: MakeReportOptions = {}): readonly Indicator[] =>
  extractIndicators(makeReport(text, options)).records;
const only = (text: string, options: MakeReportOptions = {}): Indicator => {
  const found = records(text, options);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("indicators: values and units", () => {
  it("normalises scaled units", () => {
    const r = only("实现地区生产总值550亿元。");
    expect([r.normalizedValue, r.baseUnit]).toEqual([5.5e10, "元"]);
    expect(only("实现进出口总额1.2万亿元。").normalizedValue).toBe(1.2e12);
    expect(only("新增装机300万千瓦。").baseUnit).toBe("千瓦");
  });

  it("makes a decline negative", () => {
    expect(only("单位产值能耗下降3.1%。").value).toBe(-3.1);
    expect(only("事故起数减少12.5%。").value).toBe(-12.5);
  });

  it.each([
    ["力争地区生产总值增长6%-6.5%。"],
    ["力争地区生产总值增长6%—6.5%。"],
    ["力争地区生产总值增长6%到6.5%。"],
    ["力争地区生产总值增长6-6.5%。"],
  ])("reads the range in %s", (text) => {
    const r = only(text);
    expect([r.name, r.value, r.upper, r.unit]).toEqual(["地区生产总值", 6, 6.5, "%"]);
  });

  it("gives a movement from X to Y two values of one name", () => {
    const found = records("低保标准从每月600元提高到680元。");
    expect(found.map((r) => [r.name, r.value, r.unit])).toEqual([
      ["低保标准", 600, "元"],
      ["低保标准", 680, "元"],
    ]);
  });

  it("reads full-width digits and keeps evidence in the original text", () => {
    const report = makeReport("全年新增企业２９９８家。");
    const [r] = extractIndicators(report).records;
    expect(r?.value).toBe(2998);
    expect(r?.evidence.text).toBe("全年新增企业２９９８家。");
    expect(report.doc.original.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.text);
  });
});

describe("indicators: changes", () => {
  it("attaches the growth rate after an amount as its change", () => {
    const r = only("实现外贸进出口6188.32万美元，同比增长11.36%。");
    expect([r.name.endsWith("外贸进出口"), r.value, r.unit, r.change, r.changeUnit]).toEqual([true, 6188.32, "万美元", 11.36, "%"]);
  });

  it("reads a rate after 增长 with its % left out", () => {
    const r = only("税收收入21.8亿元，同比增长18.4。");
    expect([r.change, r.changeUnit]).toEqual([18.4, "%"]);
  });

  it("keeps a rate that is stated alone", () => {
    const r = only("居民消费价格上涨2.1%。");
    expect([r.name, r.value, r.unit, r.change]).toEqual(["居民消费价格", 2.1, "%", null]);
  });

  it("folds a rate into the total that follows it", () => {
    const r = only("地区生产总值增长6.6%，总量突破900亿元。");
    expect([r.name, r.value, r.unit, r.change, r.qualifier]).toEqual(["地区生产总值", 900, "亿元", 6.6, "over"]);
  });

  it("keeps a percentage-point gap as its own indicator", () => {
    expect(records("增速比全省高1.2个百分点。").map((r) => [r.value, r.unit])).toEqual([[1.2, "个百分点"]]);
  });

  it("shares out a list of rates over a list of names", () => {
    const found = records("批发业销售额、零售业销售额同比分别增长16.9%、7.4%。");
    expect(found.map((r) => [r.name, r.value])).toEqual([
      ["批发业销售额", 16.9],
      ["零售业销售额", 7.4],
    ]);
  });

  it("names a rate whose amount was left blank after that amount", () => {
    const found = records("预计完成全社会固定资产投资亿元，增长19%。");
    expect(found.map((r) => [r.name.endsWith("全社会固定资产投资"), r.value, r.unit])).toEqual([[true, 19, "%"]]);
  });
});

describe("indicators: names", () => {
  it("takes the counted noun after a count classifier", () => {
    expect(only("增设5个社区图书馆。").name).toBe("增设社区图书馆");
    expect(only("17个重点工业项目竣工投产。").name).toBe("重点工业项目竣工投产");
  });

  it("drops an example list ending in 等", () => {
    expect(only("甲公司、乙公司等12家企业入选省级名单。").name).toBe("企业入选省级名单");
  });

  it("splits two counts joined by 和", () => {
    const found = records("对区属34家控股公司和7家参股公司进行归并重组。");
    expect(found.map((r) => r.value)).toEqual([34, 7]);
    expect(found[1]?.name).toContain("参股公司");
  });

  it("never keeps a placeholder in a name", () => {
    const r = only("确定10家经营主体列入20xx年省级示范方。");
    expect(r.name).not.toMatch(/xx/i);
  });
});

describe("indicators: status, qualifier, year, project", () => {
  it.each([
    ["实现地区生产总值550亿元。", "review", "actual"],
    ["预计全年实现地区生产总值550亿元。", "review", "expected"],
    ["力争地区生产总值达到600亿元。", "review", "target"],
    ["地区生产总值增长6%左右。", "targets", "target"],
    ["建成虚拟养老服务站5个。", "review", "actual"],
    ["拟新增养老服务站5个。", "review", "target"],
  ] as const)("%s in %s → %s", (text, role, status) => {
    expect(only(text, { role }).status).toBe(status);
  });

  it.each([
    ["就业人数约1.3万人。", "about"],
    ["城镇调查失业率控制在5.5%左右。", "about"],
    ["技术合同成交额超过16亿元。", "over"],
    ["粮食总产保持在740亿斤以上。", "over"],
    ["新增学位近2400个。", "nearly"],
    ["城镇调查失业率控制在5.5%以内。", "under"],
    ["新增企业2998家。", null],
  ])("%s → %j", (text, qualifier) => {
    expect(only(text).qualifier).toBe(qualifier);
  });

  it("dates the review part of an annual work report to the year before", () => {
    const meta = { title: "2019年政府工作报告", year: 2019, period: "FY" as const };
    expect(only("新增企业2998家。", { role: "review", meta }).periodYear).toBe(2018);
    expect(only("新增企业3000家。", { role: "plan", meta }).periodYear).toBe(2019);
    expect(only("2017年新增企业2000家。", { role: "review", meta }).periodYear).toBe(2017);
  });

  it("dates a half-year review to the report's year", () => {
    const meta = { title: "2023年上半年工作总结", year: 2023, period: "H1" as const };
    expect(only("新增企业2998家。", { role: "review", meta }).periodYear).toBe(2023);
  });

  it("names the project a sentence is about when it is named", () => {
    expect(only("滨江智能制造产业园项目总投资超过16亿元。").project).toBe("滨江智能制造产业园项目");
    expect(only("全区在建项目总投资超过16亿元。").project).toBeNull();
  });
});

describe("indicators: lists and comparisons", () => {
  it("pairs a list of rates with a list of amounts", () => {
    const found = records("城镇和农村居民人均可支配收入完成29092元、17191元，分别增长3%、6.4%。");
    expect(found.map((r) => [r.name, r.value, r.change])).toEqual([
      ["城镇居民人均可支配收入", 29092, 3],
      ["农村居民人均可支配收入", 17191, 6.4],
    ]);
  });

  it("lets short list items share the last item's tail", () => {
    const found = records("一、二、三产业增加值分别增长4.2%、5%、5.4%。");
    expect(found.map((r) => [r.name, r.value])).toEqual([
      ["一产业增加值", 4.2],
      ["二产业增加值", 5],
      ["三产业增加值", 5.4],
    ]);
  });

  it("carries a decline along a list of rates", () => {
    const found = records("生产安全事故起数、死亡人数分别下降17.6%、11.6%。");
    expect(found.map((r) => [r.name, r.value])).toEqual([
      ["生产安全事故起数", -17.6],
      ["死亡人数", -11.6],
    ]);
  });

  it("reads results against a target as actual, even under a targets heading", () => {
    const found = records("一般公共预算收入21.91亿元，同比增长1.3%，低于目标1.8个百分点。", { role: "targets" });
    expect(found.map((r) => r.status)).toEqual(["actual", "actual"]);
  });

  it("drops ages that bound a group", () => {
    expect(records("为60岁以上老年人免费体检。")).toEqual([]);
    expect(only("人均预期寿命达到79.5岁。").value).toBe(79.5);
  });
});

describe("indicators: sentence pieces", () => {
  it("joins a sentence cut at a comma before reading it", () => {
    const report = makeReport("税收收入21.8亿元，同比增长18.4%。");
    const [whole] = report.sentences;
    const cut = whole!.text.indexOf("，") + 1;
    const pieces = [
      { ...whole!, end: whole!.start + cut, text: whole!.text.slice(0, cut) },
      { ...whole!, start: whole!.start + cut, text: whole!.text.slice(cut) },
    ];
    const [r] = extractIndicators({ ...report, sentences: pieces }).records;
    expect([r?.value, r?.change]).toEqual([21.8, 18.4]);
    expect(r?.evidence.text).toBe("税收收入21.8亿元，同比增长18.4%。");
  });

  it("reads a decimal point typed as 。 across a line break", () => {
    const found = records("社会消费品零售总额已达12。\n1861亿元，同比增长19。");
    expect(found.map((r) => [r.value, r.unit, r.change])).toEqual([[12.1861, "亿元", 19]]);
  });
});

describe("indicators: medals", () => {
  it("reads medal counts that run on without a break", () => {
    expect(records("体育健儿摘得2金2银1铜。").map((r) => [r.value, r.unit])).toEqual([
      [2, "金"],
      [2, "银"],
      [1, "铜"],
    ]);
  });

  it("leaves 五金 (hardware) alone", () => {
    expect(records("建筑材料和五金供应紧张。")).toEqual([]);
  });
});
