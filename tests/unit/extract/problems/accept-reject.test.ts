import { describe, expect, it } from "vitest";
import { extractProblems } from "../../../../src/extract/problems/index.ts";
import { makeReport } from "../support/make-report.ts";

const problemsOf = (text: string): string[] => extractProblems(makeReport(text)).records.map((p) => p.text);

describe("extractProblems: a cue word states a problem", () => {
  it.each([
    ["全县工业投资增长乏力。", ["全县工业投资增长乏力"]],
    ["农村基础设施建设仍然滞后。", ["农村基础设施建设仍然滞后"]],
    ["高层次人才储备有待进一步充实。", ["高层次人才储备有待进一步充实"]],
    ["部分乡镇财政运转困难。", ["部分乡镇财政运转困难"]],
    ["城区停车难问题依然突出。", ["城区停车难问题依然突出"]],
    ["一是园区配套设施不够完善，二是中小企业融资压力较大。", ["园区配套设施不够完善", "中小企业融资压力较大"]],
    ["（三）基层医疗服务能力偏弱。", ["基层医疗服务能力偏弱"]],
    ["我们面对的是产业转型阵痛加剧的严峻形势。", ["产业转型阵痛加剧"]],
    ["在养老、托育等方面，群众还有不少不满意的地方。", ["在养老、托育等方面，群众还有不少不满意的地方"]],
    ["上半年辖区发生了两起较大火灾事故。", ["上半年辖区发生了两起较大火灾事故"]],
  ])("%s", (text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });
});

describe("extractProblems: plans, fixes and achievements are not problems", () => {
  it.each([
    ["[plan]着力解决公共服务供给不足的问题。"],
    ["加快补齐农村基础设施短板。"],
    ["帮助企业解决融资困难。"],
    ["城乡收入差距持续缩小。"],
    ["为困难群众发放救助金300万元。"],
    ["存在的问题和不足"],
    ["全年新增就业岗位5000个。"],
    ["困难再多也一定要完成任务。"],
    ["[plan]城区老旧管网短板明显，要加快改造。"],
    ["在经济下行压力加大的情况下，全区财政收入保持增长。"],
    ["电梯安全隐患专项整治取得明显成效。"],
    ["XX项目进度滞后。"],
    ["为经济困难的残疾人发放护理补贴。"],
    ["办法总比困难多。"],
    ["全球经济增长动能不足。"],
    ["全年没有发生重特大安全事故。"],
    ["也不能只顾眼前，产生新的风险隐患。"],
  ])("%s", (text) => {
    expect(problemsOf(text)).toEqual([]);
  });
});
