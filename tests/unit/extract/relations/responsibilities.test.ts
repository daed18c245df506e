import { describe, expect, it } from "vitest";
import type { Department, Project } from "../../../../src/domain/index.ts";
import type { ReportEntities } from "../../../../src/extract/index.ts";
import { extractResponsibilities } from "../../../../src/extract/relations/index.ts";
import { makeReport } from "../support/make-report.ts";

const EVIDENCE = { text: "", start: 0, end: 0 };

function entities(departments: readonly string[], projects: readonly string[]): ReportEntities {
  return {
    indicators: [],
    projects: projects.map((name): Project => ({ name, kind: "construction", status: "ongoing", sectionRole: "other", evidence: EVIDENCE })),
    departments: departments.map((name): Department => ({ name, sectionRole: "other", evidence: EVIDENCE })),
    organizations: [],
    problems: [],
  };
}

const DEPARTMENTS = ["区住建委", "区交通局", "区财政局", "区发改委"];
const PROJECTS = ["滨江大道改造工程", "城北污水处理厂", "“幸福里”社区服务中心"];

function relationsOf(text: string): string[] {
  const report = makeReport(text);
  return extractResponsibilities(report, entities(DEPARTMENTS, PROJECTS)).records.map(
    (r) => `${r.department} ${r.role} ${r.project}`,
  );
}

describe("extractResponsibilities", () => {
  it.each([
    ["由区住建委牵头，加快滨江大道改造工程建设。", ["区住建委 leads 滨江大道改造工程"]],
    ["城北污水处理厂由区交通局负责实施。", ["区交通局 responsible 城北污水处理厂"]],
    ["区交通局加快推进滨江大道改造工程。", ["区交通局 acts 滨江大道改造工程"]],
    [
      "由区发改委、区财政局牵头推进城北污水处理厂建设。",
      ["区发改委 leads 城北污水处理厂", "区财政局 leads 城北污水处理厂"],
    ],
    ["牵头单位：区住建委，建设“幸福里”社区服务中心。", ["区住建委 leads “幸福里”社区服务中心"]],
    ["区住建委牵头、区财政局配合，推进滨江大道改造工程。", ["区住建委 leads 滨江大道改造工程"]],
    ["城北污水处理厂由区住建委组织实施。", ["区住建委 responsible 城北污水处理厂"]],
    ["滨江大道改造工程以区交通局为项目业主。", ["区交通局 responsible 滨江大道改造工程"]],
  ])("%s", (text, expected) => {
    expect(relationsOf(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["经区发改委批准，滨江大道改造工程开工。"],
    ["向区财政局申请城北污水处理厂建设资金。"],
    ["区住建委的年度考核与滨江大道改造工程进度挂钩。"],
    ["区交通局召开会议。城北污水处理厂完成主体施工。"],
    ["配合区交通局检查滨江大道改造工程。"],
    ["区发改委年度工作要点提出建设城北污水处理厂。"],
  ])("relates nothing in %s", (text) => {
    expect(relationsOf(text)).toEqual([]);
  });

  it("finds a project stored without its quotes and cites the original sentence", () => {
    const original = "今年，区住建委负责幸福里社区服务中心建设。全年完成投资２亿元。";
    const report = makeReport(original);
    const [relation] = extractResponsibilities(report, entities(DEPARTMENTS, ["“幸福里”社区服务中心"])).records;
    expect(relation).toMatchObject({ department: "区住建委", project: "“幸福里”社区服务中心", role: "responsible" });
    expect(relation?.evidence.text).toBe("今年，区住建委负责幸福里社区服务中心建设。");
    expect(original.slice(relation!.evidence.start, relation!.evidence.end)).toBe(relation?.evidence.text);
  });

  it("keeps the strongest role when a pair meets twice", () => {
    const text = "区交通局推进滨江大道改造工程。滨江大道改造工程由区交通局牵头。";
    expect(relationsOf(text)).toEqual(["区交通局 leads 滨江大道改造工程"]);
  });
});
