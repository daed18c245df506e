import { describe, expect, it } from "vitest";
import { classifyTheme, extractProblems } from "../../../../src/extract/problems/index.ts";
import { makeReport } from "../support/make-report.ts";

describe("extractProblems: records", () => {
  it("gives text and evidence as written in the original, with original offsets", () => {
    const original = "全年工作成效明显。　部分企业用工缺口较大，招工难问题依然突出。";
    const report = makeReport(original, { role: "review" });
    const [problem] = extractProblems(report).records;
    expect(problem?.text).toBe("招工难问题依然突出");
    expect(problem?.sectionRole).toBe("review");
    const evidence = problem!.evidence;
    expect(evidence.text).toBe(original.slice(evidence.start, evidence.end));
    expect(evidence.text).toBe("部分企业用工缺口较大，招工难问题依然突出。");
  });

  it("reports each clause once", () => {
    const report = makeReport("乡村公路养护滞后。\n乡村公路养护滞后。");
    expect(extractProblems(report).records).toHaveLength(1);
  });
});

describe("classifyTheme", () => {
  it.each([
    ["部分河道水质污染问题突出", "environment"],
    ["粮食生产基础仍然薄弱", "agriculture"],
    ["地方债务还本付息压力较大", "finance"],
    ["研发投入强度偏低", "innovation"],
    ["少数干部作风不实", "governance"],
    ["优质教育资源不足", "livelihood"],
    ["制造业集群规模偏小", "industry"],
    ["消费需求恢复偏慢", "economy"],
    ["两难多难问题更加凸显", "other"],
  ] as const)("%s → %s", (text, theme) => {
    expect(classifyTheme(text)).toBe(theme);
  });
});
