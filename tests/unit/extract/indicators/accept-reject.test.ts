import { describe, expect, it } from "vitest";
import { extractIndicators } from "../../../../src/extract/indicators/index.ts";
import { makeReport } from "../support/make-report.ts";

const extract = (text: string, role: Parameters<typeof makeReport>[1] = {}) => extractIndicators(makeReport(text, role));
const brief = (text: string) =>
  extract(text).records.map((r) => ({ name: r.name, value: r.value, unit: r.unit }));

describe("indicators: accepted", () => {
  it.each([
    ["新增企业2998家。", "新增企业", 2998, "家"],
    ["完成征收5987户。", "完成征收", 5987, "户"],
    ["GDP增长率达到5.2%。", "GDP增长率", 5.2, "%"],
    ["工业产值增长3.8%。", "工业产值", 3.8, "%"],
    ["发放创业小额担保贷款570万元。", "发放创业小额担保贷款", 570, "万元"],
    ["公车数量缩减185辆。", "公车数量", 185, "辆"],
    ["新增就业岗位１２００个。", "新增就业岗位", 1200, "个"],
    ["建成污水管网一千二百公里。", "建成污水管网", 1200, "公里"],
    ["贫困人口减少1386万。", "贫困人口", 1386, "万"],
    ["办事环节压减三分之一以上。", "办事环节", 33.3, "%"],
    ["审批时间缩短一半以上。", "审批时间缩短", 50, "%"],
    ["设立8项专项补贴。", "设立专项补贴", 8, "项"],
    ["清运垃圾150余万吨。", "清运垃圾", 150, "万吨"],
    ["森林覆盖率达56.5%。", "森林覆盖率", 56.5, "%"],
    ["建成三个产业园。", "建成产业园", 3, "个"],
    ["工业总产值比一九七八年增长了百分之一百七十八点六。", "工业总产值", 178.6, "%"],
    ["粮食产量达到六千零九十五亿斤。", "粮食产量", 6095, "亿斤"],
    ["实有企业较“十三五”期末增长36.2%。", "实有企业", 36.2, "%"],
    ["贷款余额较年初增加1200亿元。", "贷款余额", 1200, "亿元"],
  ])("%s → %s %d %s", (text, name, value, unit) => {
    expect(brief(text)).toEqual([{ name, value, unit }]);
  });
});

describe("indicators: rejected", () => {
  it.each([
    ["dates and years", "2023年5月召开会议，2022年度考核优秀。"],
    ["section numbers", "一、主要工作\n1. 经济发展\n（2）社会事业"],
    ["numbers inside names", "深入学习十八届三中全会精神，打造四区四高地，开展“五联五送”活动，推行“1+X”模式。"],
    ["ranks", "综合排名居全省第4位，列第6个，进入全国前10名，居前三位。"],
    ["size classes", "推进10亿元以上项目建设。"],
    ["time a piece of work took", "改造工程仅用47天完成。"],
    ["sessions", "省委十一届九次全会，五届人大四次会议。"],
    ["set phrases written without quotes", "实现四个现代化，坚持四项基本原则。"],
    ["bare ratios", "城乡居民收入倍差1.96。"],
    ["word and page counts", "撰写调研报告1500字。"],
    ["ordinal words", "一是抓项目，二是强产业。"],
    ["articles", "打造一个中心，形成一批成果。"],
    ["fixed phrases", "严格落实八项规定，坚持两个毫不动摇，统筹两种资源。"],
    ["words starting with a unit", "近14亿人口的大国，保持两位数增长。"],
    ["placeholder amounts", "完成公共财政预算收入XX亿元，增长xx%。"],
    ["blank amounts", "完成公共财政预算收入亿元，增长%。"],
  ])("%s", (_what, text) => {
    expect(brief(text)).toEqual([]);
  });

  it("reports a placeholder_value diagnostic for each blank or placeholder amount", () => {
    const { diagnostics } = extract("完成公共财政预算收入亿元，增长%。实现税收XX亿元。");
    expect(diagnostics.map((d) => d.code)).toEqual(["placeholder_value", "placeholder_value", "placeholder_value"]);
    expect(diagnostics.every((d) => d.start !== undefined && d.end !== undefined)).toBe(true);
  });
});

describe("indicators: pathological input", () => {
  it("stays linear on one huge sentence with unclosed quotes", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `新增企业${i + 1}家`).join("“");
    const started = performance.now();
    const { records } = extract(text);
    expect(records).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
