import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../src/domain/index.ts";
import { ExtractedReportSchema } from "../../../src/domain/index.ts";
import { extractDocument } from "../../../src/pipeline/index.ts";

const doc = (text: string): SourceDocument => ({ source: "hostile.txt", format: "txt", encoding: "utf-8", text });

describe("the whole pipeline on hostile text", () => {
  it("turns thousands of placeholders into diagnostics, never into values or names", () => {
    const sentence = "XX街道20xx年上半年完成公共财政预算收入亿元，增长%，XXX项目开工建设，实现产值XX万元。";
    const reports = extractDocument(doc(`XX街道XXXX年上半年工作总结\n${sentence.repeat(3000)}`));
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(ExtractedReportSchema.safeParse(report).success).toBe(true);
      expect(report.year).toBeNull();
      expect(report.indicators).toEqual([]);
      for (const name of [...report.projects.map((p) => p.name), ...report.departments.map((d) => d.name)]) {
        expect(name).not.toMatch(/[Xx×]{2}|\*\*/u);
      }
    }
    const diagnostics = reports.flatMap((report) => report.diagnostics);
    expect(diagnostics.some((d) => d.code === "placeholder_value")).toBe(true);
  });

  it("extracts no indicator from text without a single number", () => {
    const text = "一、工作回顾\n我们坚持稳中求进工作总基调，统筹发展和安全，各项工作取得新进展。\n二、存在问题\n产业结构仍需优化。";
    const [report] = extractDocument(doc(text));
    expect(report?.indicators).toEqual([]);
    expect(report?.problems.map((p) => p.text)).toContain("产业结构仍需优化");
  });

  it("keeps evidence offsets exact around emoji and control characters", () => {
    const text = "一、工作回顾\n😀\u0007全年实现地区生产总值550亿元，增长10%。\n🚄加快建设京沪高速铁路二期工程。";
    const [report] = extractDocument(doc(text));
    expect(report).toBeDefined();
    const evidence = [...(report?.indicators ?? []), ...(report?.projects ?? [])].map((record) => record.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(report?.indicators.some((i) => i.value === 550 && i.unit === "亿元")).toBe(true);
  });

  it("survives one line of a megabyte without a break", () => {
    const line = "推进重点项目建设，".repeat(120_000);
    const reports = extractDocument(doc(line));
    expect(reports.length).toBe(1);
    expect(ExtractedReportSchema.safeParse(reports[0]).success).toBe(true);
  });
});
