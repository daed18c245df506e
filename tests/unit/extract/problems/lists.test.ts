import { describe, expect, it } from "vitest";
import { extractProblems } from "../../../../src/extract/problems/index.ts";
import { makeReport } from "../support/make-report.ts";

const problemsOf = (text: string): string[] => extractProblems(makeReport(text)).records.map((p) => p.text);

describe("extractProblems: lists opened by a lead-in", () => {
  it("takes every item after the lead-in, cue word or not", () => {
    const text = "在肯定成绩的同时，我们也清醒地看到，工作中还存在一些问题和不足，主要表现为：城区道路狭窄、停车位紧缺，老旧小区改造任务量大。";
    expect(problemsOf(text)).toEqual(["城区道路狭窄、停车位紧缺", "老旧小区改造任务量大"]);
  });

  it("follows a lead-in that ends its paragraph into the numbered items below", () => {
    const text = "当前发展面临的困难和挑战：\n一是企业用工成本上升。\n二是部分企业订单减少。\n全年实现地区生产总值100亿元。";
    expect(problemsOf(text)).toEqual(["企业用工成本上升", "部分企业订单减少"]);
  });

  it("leaves the closing 等 of a list out of the last item", () => {
    const text = "工作中还存在一些不足：基层服务能力不强，部分干部作风不实等。";
    expect(problemsOf(text)).toEqual(["基层服务能力不强", "部分干部作风不实"]);
  });

  it("stops at the promise to face the problems", () => {
    const text = "工作中还存在一些问题：村级集体经济收入来源单一。我们将高度重视，认真研究解决。";
    expect(problemsOf(text)).toEqual(["村级集体经济收入来源单一"]);
  });

  it("leaves out outside forces that open a sentence", () => {
    const text = "我们也清醒地看到面临的困难和挑战：全球经济复苏乏力，外部需求持续减弱；本地企业创新能力不强。";
    expect(problemsOf(text)).toEqual(["本地企业创新能力不强"]);
  });

  it("goes back to the report's own problems after outside forces", () => {
    const text = "我们清醒看到面临的困难挑战：国际市场需求疲软，本地消费需求不足；\n园区新签约项目提速。";
    expect(problemsOf(text)).toEqual(["本地消费需求不足"]);
  });

  it("reads a sentence cut at ； as one with the rest up to 。", () => {
    const text = "我们也清醒认识到存在的困难和挑战：园区配套不够完善；农村物流网点布局分散；人才流失较多。";
    expect(problemsOf(text)).toEqual(["园区配套不够完善", "农村物流网点布局分散", "人才流失较多"]);
  });

  it("ends the list at a turn to the bright side", () => {
    expect(problemsOf("我们面临不少困难和挑战，但发展的有利条件没有变。")).toEqual([]);
  });

  it("keeps a consequence with the clause it follows", () => {
    const text = "工作中还存在一些问题：会议文件过多过滥，加重基层负担。";
    expect(problemsOf(text)).toEqual(["会议文件过多过滥，加重基层负担"]);
  });

  it("does not take a heading that only announces problems", () => {
    const text = "[problems]二、存在的问题\n[problems]人才队伍结构不合理。\n[problems]下半年要继续加大招商力度。";
    expect(problemsOf(text)).toEqual(["人才队伍结构不合理"]);
  });

  it("asks for a cue word in a problems section without a lead-in", () => {
    const text = "[problems]全年组织培训12期。\n[problems]基层干部业务能力不强。";
    expect(problemsOf(text)).toEqual(["基层干部业务能力不强"]);
  });

  it("does not treat fixing what others met as a lead-in", () => {
    expect(problemsOf("针对企业遇到的困难和问题，开展上门服务。\n全年走访企业200家。")).toEqual([]);
  });

  it("keeps items that open with a plan verb but state what is still lacking", () => {
    const text = "我们也清醒认识到存在的困难和问题：推动城乡融合发展还需持续用力，重点领域风险隐患较多。";
    expect(problemsOf(text)).toEqual(["推动城乡融合发展还需持续用力", "重点领域风险隐患较多"]);
  });

  it("drops conditions, promises and slogans inside a list", () => {
    const text = "发展中还存在不少困难和问题：园区用地指标紧缺，坚定不移固底板、补短板，只要我们团结一心，就可以有效克服。";
    expect(problemsOf(text)).toEqual(["园区用地指标紧缺"]);
  });

  it("does not take explanation further down the lead-in's paragraph", () => {
    const text = "经济运行中也存在一些不容忽视的问题。部分行业产能利用率偏低。总的来看，这是发展中的问题，随着改革深化会逐步解决。";
    expect(problemsOf(text)).toEqual(["部分行业产能利用率偏低"]);
  });
});


describe("extractProblems: sections headed as problems", () => {
  const text = "[problems]一是村级道路养护经费仍然不足。\n[problems]二是部分村庄污水管网覆盖面窄。";

  it("needs a cue word when the heading is unknown", () => {
    expect(extractProblems(makeReport(text)).records.map((p) => p.text)).toEqual(["村级道路养护经费仍然不足"]);
  });

  it("takes every numbered item of a section headed `存在的主要问题`", () => {
    const base = makeReport(text);
    const section = { id: "s1", parentId: null, heading: "三、存在的主要问题", level: 1, role: "problems" as const, start: 0, end: base.doc.original.length };
    const report = { ...base, sections: [section], sentences: base.sentences.map((s) => ({ ...s, sectionId: "s1" })) };
    expect(extractProblems(report).records.map((p) => p.text)).toEqual(["村级道路养护经费仍然不足", "部分村庄污水管网覆盖面窄"]);
  });
});
