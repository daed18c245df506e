import { describe, expect, it } from "vitest";
import { makeReport } from "./make-report.ts";

describe("makeReport", () => {
  it("splits sentences and keeps offsets into the text", () => {
    const report = makeReport("地区生产总值550亿元；增长8%。\n[plan]力争增长6%。", { meta: { year: 2024 } });
    expect(report.sentences.map((s) => [s.text, s.role])).toEqual([
      ["地区生产总值550亿元；", "other"],
      ["增长8%。", "other"],
      ["力争增长6%。", "plan"],
    ]);
    for (const s of report.sentences) expect(report.doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(report.meta.year).toBe(2024);
    expect(report.doc.original).not.toContain("[plan]");
  });

  it("normalises full-width digits", () => {
    const report = makeReport("新增企业２９９８家", { role: "review" });
    expect(report.sentences[0]?.text).toBe("新增企业2998家");
    expect(report.sentences[0]?.role).toBe("review");
  });
});
