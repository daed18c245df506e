import { describe, expect, it } from "vitest";
import type { ExtractedReport } from "../../../src/domain/index.ts";
import { createResolver, resolveReport } from "../../../src/resolve/index.ts";

const span = (text: string, start: number) => ({ reportId: "r2024", text, start, end: start + text.length });

function report(overrides: Partial<ExtractedReport> = {}): ExtractedReport {
  const s1 = span("加快京沪高速铁路扩能改造，推进姑苏软件园项目建设。", 10);
  const s2 = span("京沪高铁年内完工，姑苏软件园一期投用。", 40);
  const s3 = span("部分企业生产经营困难。", 70);
  const s4 = span("地区生产总值增长5.5%。", 90);
  return {
    id: "r2024",
    source: "suzhou_2024.txt",
    contentHash: "h",
    start: 0,
    end: 120,
    title: "2024年苏州市政府工作报告",
    issuer: "苏州市人民政府",
    region: "苏州市",
    year: 2024,
    period: "FY",
    kind: "review+plan",
    sections: [
      { id: "r2024-s0", parentId: null, heading: "一、回顾", level: 1, role: "review", start: 0, end: 60 },
      { id: "r2024-s1", parentId: "r2024-s0", heading: "（一）交通", level: 2, role: "review", start: 5, end: 60 },
    ],
    indicators: [
      {
        entity: "indicator", name: "地区生产总值", value: 5.5, unit: "%", normalizedValue: 5.5, baseUnit: "%", upper: null, change: 5.5, changeUnit: "%",
        status: "actual", qualifier: null, periodYear: 2023, project: null, sectionRole: "review", evidence: s4,
      },
      {
        entity: "indicator", name: "XX指标", value: 1, unit: "%", normalizedValue: 1, baseUnit: "%", upper: null, change: null, changeUnit: null,
        status: "actual", qualifier: null, periodYear: 2023, project: null, sectionRole: "review", evidence: s4,
      },
    ],
    projects: [
      { entity: "project", name: "京沪高速铁路", kind: "construction", status: "ongoing", sectionRole: "plan", evidence: s1 },
      { entity: "project", name: "姑苏软件园项目", kind: "zone", status: "planned", sectionRole: "plan", evidence: s1 },
      { entity: "project", name: "京沪高铁", kind: "construction", status: "completed", sectionRole: "review", evidence: s2 },
      { entity: "project", name: "姑苏软件园一期", kind: "zone", status: "completed", sectionRole: "review", evidence: s2 },
      { entity: "project", name: "XXX项目", kind: "construction", status: "planned", sectionRole: "plan", evidence: s2 },
    ],
    departments: [{ entity: "department", name: "市发展改革委", sectionRole: "plan", evidence: s1 }],
    organizations: [],
    problems: [{ entity: "problem", text: "部分企业生产经营困难", theme: "economy", sectionRole: "problems", evidence: s3 }],
    responsibilities: [{ department: "市发展和改革委员会", project: "姑苏软件园", role: "leads", evidence: s1 }],
    diagnostics: [],
    ...overrides,
  };
}

describe("resolveReport", () => {
  const resolver = createResolver();

  it("merges spellings of one project into one row with every spelling and the strongest status", () => {
    const graph = resolveReport(report(), resolver, "");
    expect(graph.projects.map((p) => p.key)).toEqual(["national|京沪高铁", "苏州市|姑苏软件园"]);
    const park = graph.projects.find((p) => p.key === "苏州市|姑苏软件园")!;
    expect(park.names).toEqual(["姑苏软件园", "姑苏软件园一期", "姑苏软件园项目"]);
    expect(park.status).toBe("completed");
    expect(park.mergeRule).toBe("phase-stripped");
    expect(park.evidenceIds).toEqual(["r2024:e10-35", "r2024:e40-59"]);
  });

  it("keeps placeholders out of the graph", () => {
    const graph = resolveReport(report(), resolver, "");
    expect(JSON.stringify(graph)).not.toMatch(/XX/u);
    expect(graph.observations).toHaveLength(1);
  });

  it("links a responsibility between the resolved department and project", () => {
    const graph = resolveReport(report(), resolver, "");
    expect(graph.departments.map((d) => d.key)).toEqual(["苏州市|发改委"]);
    expect(graph.responsibilities).toEqual([{ departmentKey: "苏州市|发改委", projectKey: "苏州市|姑苏软件园", role: "leads", evidenceId: "r2024:e10-35" }]);
  });

  it("keys the issuer, the indicator and the problem under the issuer's scope", () => {
    const graph = resolveReport(report(), resolver, "");
    expect(graph.report.scope).toBe("苏州市");
    expect(graph.issuer).toEqual({ key: "苏州市", name: "苏州市人民政府" });
    expect(graph.indicators.map((i) => i.key)).toEqual(["苏州市|GDP"]);
    expect(graph.problems.map((p) => [p.key, p.theme])).toEqual([["苏州市|industry|企业生产经营困难", "industry"]]);
    expect(graph.sections.map((s) => s.parentId)).toEqual([null, "r2024-s0"]);
  });

  it("gives the same rows whatever order the extractors listed things in", () => {
    const base = report();
    const shuffled = report({ projects: [...base.projects].reverse(), indicators: [...base.indicators].reverse() });
    expect(resolveReport(shuffled, resolver, "").projects).toEqual(resolveReport(base, resolver, "").projects);
    expect(resolveReport(shuffled, resolver, "").observations.map((o) => o.id)).toEqual(resolveReport(base, resolver, "").observations.map((o) => o.id));
  });

  it("gives a report without issuer or region a scope of its own", () => {
    const graph = resolveReport(report({ issuer: null, region: null }), resolver, "");
    expect(graph.report.scope).toBe("report:r2024");
    expect(graph.issuer).toBeNull();
    expect(graph.projects.find((p) => p.canonical === "姑苏软件园")?.key).toBe("report:r2024|姑苏软件园");
  });
});
