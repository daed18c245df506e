import { describe, expect, it } from "vitest";
import { findHeadings } from "../../../src/structure/index.ts";

const outline = (text: string): string[] =>
  findHeadings(text, 0, text.length).map((h) => `${h.level}:${h.kind}:${h.text}`);

describe("findHeadings", () => {
  it.each([
    ["一、2018年工作回顾\n过去一年，经济运行稳中有进。", ["1:chinese:2018年工作回顾"]],
    ["（一）继续创新和完善宏观调控，确保经济运行在合理区间。\n今年要加力提效。", ["1:chinese-paren:继续创新和完善宏观调控，确保经济运行在合理区间"]],
    ["(二)激发市场主体活力\n内容。", ["1:chinese-paren:激发市场主体活力"]],
    ["1.区域经济稳中有进。\n一年来，我们注重稳增长。", ["1:arabic:区域经济稳中有进"]],
    ["2、立足服务，力创信息调研工作新局面。", ["1:arabic:立足服务，力创信息调研工作新局面"]],
    ["（1）加强组织领导。", ["1:arabic-paren:加强组织领导"]],
    ["①优化营商环境。", ["1:circled:优化营商环境"]],
    ["一是“双招双引”成效显著。\n街道紧紧围绕产业导向。", ["1:ordinal:“双招双引”成效显著"]],
    ["首先，在经济发展方面，我们注重培育产业创新链。", ["1:sequence:在经济发展方面"]],
    ["第二，深化改革开放，增强发展活力。", ["1:sequence:深化改革开放"]],
    ["第一部分 过去五年的回顾\n内容。", ["1:part:过去五年的回顾"]],
  ])("reads the heading in %s", (text, expected) => {
    expect(outline(text)).toEqual(expected);
  });

  it.each(["在2024年上半年", "在XX年上半年", "2024年是攻坚之年", "二〇二四年是攻坚之年", "＊＊年是攻坚之年"])(
    "ends a run-on heading where its body opens with a year, written as %s",
    (opening) => {
      const text = `一、上半年工作总结1. 经济发展情况总览${opening}，全区经济整体呈现稳步增长的态势。\n`;
      expect(outline(text)).toEqual(["1:chinese:上半年工作总结", "2:arabic:经济发展情况总览"]);
    },
  );

  it("reads headings that run inline into each other and into their body", () => {
    const text =
      "一、上半年工作总结1. 经济发展情况总览在2024年上半年,全区经济整体呈现稳步增长的态势。\n" +
      "3. 问题与不足上半年的工作中也暴露出一些问题:产业结构仍需调整。\n" +
      "二、下半年工作安排1. 重点工作部署下半年,我们将聚焦以下方面。\n" +
      "3. 工作措施为确保下半年工作的顺利开展,我们将采取以下措施。";
    expect(outline(text)).toEqual([
      "1:chinese:上半年工作总结",
      "2:arabic:经济发展情况总览",
      "2:arabic:问题与不足",
      "1:chinese:下半年工作安排",
      "2:arabic:重点工作部署",
      "2:arabic:工作措施",
    ]);
  });

  it("nests numbering styles by their usual order and returns to a level already open", () => {
    const text = "一、工作回顾\n（一）经济运行\n1.工业\n一是产值增长。\n（二）民生保障\n二、明年安排\n";
    expect(outline(text)).toEqual([
      "1:chinese:工作回顾",
      "2:chinese-paren:经济运行",
      "3:arabic:工业",
      "4:ordinal:产值增长",
      "2:chinese-paren:民生保障",
      "1:chinese:明年安排",
    ]);
  });

  it("reads unnumbered part lines when a report numbers none of its parts", () => {
    const text = "2024年工作回顾\n过去一年，全省经济运行稳中向好，发展质量不断提升。\n2025年工作安排建议\n今年是关键之年。\n加强政府自身建设\n我们要坚持依法行政。";
    expect(outline(text)).toEqual(["1:line:2024年工作回顾", "1:line:2025年工作安排建议", "1:line:加强政府自身建设"]);
  });

  it("does not take short lines for parts once the report numbers its parts", () => {
    const text = "一、工作回顾\n内容很多。\n存在的问题\n人才不足。";
    expect(outline(text)).toEqual(["1:chinese:工作回顾"]);
  });

  it("does not cut a heading at a numeral inside quotation marks", () => {
    expect(outline("11.“五统一、一开放”：指统一基础制度规则。")).toEqual(["1:arabic:“五统一、一开放”"]);
  });

  it("reads a bold lead-in sentence that opens a long paragraph", () => {
    const text = "积极的财政政策要加力提效。今年赤字率拟按2.8%安排，比去年预算高0.2个百分点，财政支出规模进一步扩大。";
    expect(outline(text)).toEqual(["1:lead-in:积极的财政政策要加力提效"]);
  });

  it.each([
    "增长1.5%，完成年度目标。",
    "1-10月份，全县社会消费品零售总额已达12亿元。",
    "为帮助企业解决资金难题，一是全力为企业争取资金",
    "对外贸易平稳运行。",
    "2023年上半年，本区各级领导积极履行职责。",
  ])("finds no heading in %s", (text) => {
    expect(outline(text)).toEqual([]);
  });
});
