import { describe, expect, it } from "vitest";
import { extractProjects } from "../../../../src/extract/projects/index.ts";
import { makeReport } from "../support/make-report.ts";

describe("extractProjects", () => {
  it("keeps one record per name with the most advanced status", () => {
    const report = makeReport("年初启动建设青石湖湿地公园。\n青石湖湿地公园于九月建成开放。");
    const { records } = extractProjects(report);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ name: "青石湖湿地公园", kind: "facility", status: "completed" });
    expect(records[0]!.evidence.text).toBe("青石湖湿地公园于九月建成开放。");
  });

  it.each([
    ["松岭高速全线通车。", "completed"],
    ["松岭高速开工建设。", "started"],
    ["加快推进松岭高速建设。", "ongoing"],
    ["力争松岭高速年内开工前期工作到位。", "started"],
    ["谋划松岭高速。", "planned"],
  ] as const)("reads the status of %s as %s", (text, status) => {
    expect(extractProjects(makeReport(text)).records[0]?.status).toBe(status);
  });

  it("marks every project of a plan section as planned", () => {
    const report = makeReport("[plan]建成松岭高速。");
    expect(extractProjects(report).records[0]).toMatchObject({ status: "planned", sectionRole: "plan" });
  });

  it("points evidence at the original text, full-width characters included", () => {
    const text = "前言。\n年产１０万吨新型建材项目竣工投产。";
    const report = makeReport(text);
    const record = extractProjects(report).records[0]!;
    expect(record.name).toBe("年产10万吨新型建材项目");
    expect(text.slice(record.evidence.start, record.evidence.end)).toBe("年产１０万吨新型建材项目竣工投产。");
    expect(record.evidence.text).toBe("年产１０万吨新型建材项目竣工投产。");
  });

  it("folds a short form into the full name that adds its place or level", () => {
    const report = makeReport("启动国家生态茶园综合利用试点。\n生态茶园综合利用试点通过验收。");
    const { records } = extractProjects(report);
    expect(records.map((r) => r.name)).toEqual(["国家生态茶园综合利用试点"]);
    expect(records[0]!.status).toBe("completed");
  });

  it("keeps a short form apart from a longer name that only adds words of a clause", () => {
    const report = makeReport("用好管好青石湖湿地公园。\n青石湖湿地公园开放。");
    const names = extractProjects(report).records.map((r) => r.name);
    expect(names).toContain("青石湖湿地公园");
  });

  it("diagnoses placeholder names instead of keeping them", () => {
    const { records, diagnostics } = extractProjects(makeReport("XXX项目完成投资5000万元。"));
    expect(records).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain("placeholder_name");
  });
});
