import { describe, expect, it } from "vitest";
import { extractIndicators } from "../../../src/extract/indicators/index.ts";
import { makeReport } from "../extract/support/make-report.ts";

// How older plans word the year's aims: read as targets of the report's own year.
const meta = { title: "1995年政府工作报告", issuer: "国务院", region: "全国", year: 1995, period: "FY" as const, kind: "review+plan" as const };
const targets = (text: string) =>
  extractIndicators(makeReport(text, { role: "plan", meta })).records.map((r) => ({ name: r.name, value: r.value, upper: r.upper, status: r.status, periodYear: r.periodYear }));

describe("older phrasings of the year's aims", () => {
  it("an aim named as the topic of the clause that sets it, with a range of shares", () => {
    expect(targets("综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。")).toEqual([
      { name: "经济增长速度的宏观调控目标", value: 8, upper: 9, status: "target", periodYear: 1995 },
    ]);
  });

  it("a plan's requirement for this year, compared with last year", () => {
    expect(targets("国家计划要求今年的国民生产总值比上年增长百分之五。")).toMatchObject([{ value: 5, status: "target", periodYear: 1995 }]);
  });

  it("a range of shares needs its upper end above the lower", () => {
    expect(targets("今年经济增长的预期目标为百分之八至六。")).toMatchObject([{ value: 8, upper: null }]);
  });
});
