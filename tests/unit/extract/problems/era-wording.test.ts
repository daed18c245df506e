import { describe, expect, it } from "vitest";
import { extractProblems } from "../../../../src/extract/problems/index.ts";
import { makeReport } from "../support/make-report.ts";

const problemsOf = (text: string): string[] => extractProblems(makeReport(text)).records.map((p) => p.text);

describe("extractProblems: stated excess or laxity without a modern cue word", () => {
  it.each([
    ["去年信贷投放过多。", ["去年信贷投放过多"]],
    ["一些地方重复建设规模偏大。", ["一些地方重复建设规模偏大"]],
    ["部分企业财务管理不严。", ["部分企业财务管理不严"]],
    ["个别单位安全生产责任落实不力。", ["个别单位安全生产责任落实不力"]],
    ["一些基层组织纪律松弛。", ["一些基层组织纪律松弛"]],
    ["化肥、柴油供应仍然紧张。", ["化肥、柴油供应仍然紧张"]],
    ["地方财政还有较大的赤字。", ["地方财政还有较大的赤字"]],
    ["重速度、轻效益的倾向依然存在。", ["重速度、轻效益的倾向依然存在"]],
    ["现行的物资分配办法还不能适应商品经济发展的要求。", ["现行的物资分配办法还不能适应商品经济发展的要求"]],
    ["产品质量差的状况还远远没有改变。", ["产品质量差的状况还远远没有改变"]],
    ["交通运输中重大事故多次发生。", ["交通运输中重大事故多次发生"]],
    ["这几年钢材价格上涨幅度过大。", ["这几年钢材价格上涨幅度过大"]],
  ])("%s", (text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });
});

describe("extractProblems: the same shapes that state no problem", () => {
  it.each([
    ["通过多种渠道筹集建设资金。"],
    ["要坚决抑制过高的消费需求。"],
    ["各地收入差距不能过于悬殊。"],
    ["消费基金增长过快的势头得到初步控制。"],
    ["如果投资规模搞得过大，就会加剧供求矛盾。"],
    ["对过高收入也要依法进行调节。"],
    ["办成了许多过去想办而没能办成的大事。"],
    ["外部环境中不稳定不确定因素明显增加。"],
    ["全省度过了最困难的时期。"],
  ])("%s", (text) => {
    expect(problemsOf(text)).toEqual([]);
  });
});

describe("extractProblems: how a difficulty, its causes and its clauses are laid out", () => {
  it("takes the difficulty named inline after its lead-in, and the clauses after it", () => {
    const text = "当前经济生活中存在的主要问题是工业增长速度过快，一些地区能源供应日趋紧张。";
    expect(problemsOf(text)).toEqual(["工业增长速度过快", "一些地区能源供应日趋紧张"]);
  });

  it("gives one problem per cause in a sentence that lists causes", () => {
    const text = "原材料价格上涨过猛，这里有需求增长过快，进口不足的原因，也有一些单位囤积居奇的因素。";
    expect(problemsOf(text)).toEqual(["原材料价格上涨过猛", "需求增长过快", "进口不足", "一些单位囤积居奇"]);
  });

  it("follows `主要是` after a stated difficulty into its causes", () => {
    const text = "县级财政收支矛盾突出，主要是：税源结构单一；刚性支出增长较快。";
    expect(problemsOf(text)).toEqual(["县级财政收支矛盾突出", "税源结构单一", "刚性支出增长较快"]);
  });

  it("takes the cause named in `是…的重要原因` and `同…分不开的`", () => {
    expect(problemsOf("这也是蔬菜价格上涨过多的一个重要原因。")).toEqual(["蔬菜价格上涨过多"]);
    expect(problemsOf("这些情况的出现，是同我们在管理上的缺点和失误分不开的。")).toEqual(["我们在管理上的缺点和失误"]);
  });

  it("keeps `有的…，有的…` and `…，甚至…` with the clause they go on from", () => {
    const text = "工作中还存在一些问题：不少规章有的尚未制定，有的执行不够严格；少数干部弄虚作假，甚至挥霍公款。";
    expect(problemsOf(text)).toEqual(["不少规章有的尚未制定，有的执行不够严格", "少数干部弄虚作假，甚至挥霍公款"]);
  });

  it("reads a concession and its turn as one problem, not the end of the list", () => {
    const text = "前进中仍然存在不少困难和问题。市场供求矛盾虽有缓解，但尚未根本扭转。农业基础仍然薄弱。";
    expect(problemsOf(text)).toEqual(["市场供求矛盾虽有缓解，但尚未根本扭转", "农业基础仍然薄弱"]);
  });

  it("takes a lead-in that names shortcomings (`工作中也还有不少缺点`) as a lead-in only", () => {
    const text = "成绩是主要的，但工作中也还有不少缺点。经济工作中急于求成的倾向依然存在。";
    expect(problemsOf(text)).toEqual(["经济工作中急于求成的倾向依然存在"]);
  });

  it("takes what still needs improving as the problem, whatever verb opens it", () => {
    const text = "我们也清醒认识到，发展中还面临不少困难和挑战。扶持小微企业的政策需要提高精准度；需要着力解决县域经济偏弱的突出问题。";
    expect(problemsOf(text)).toEqual(["扶持小微企业的政策需要提高精准度", "需要着力解决县域经济偏弱的突出问题"]);
  });

  it("does not take a circumstance opened by 随着 as a problem", () => {
    const text = "工作中还存在一些问题：随着对外开放扩大，走私贩私时有发生。";
    expect(problemsOf(text)).toEqual(["走私贩私时有发生"]);
  });
});
