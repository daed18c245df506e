import { describe, expect, it } from "vitest";
import { extractDepartments } from "../../../../src/extract/departments/index.ts";
import { extractOrganizations, findOrganizations } from "../../../../src/extract/organizations/index.ts";
import { makeReport } from "../support/make-report.ts";

describe("extractDepartments", () => {
  it("keeps one record per name, with the sentence that names it first", () => {
    const report = makeReport("县委高度重视。\n县委、县政府多次研究。");
    const { records } = extractDepartments(report);
    expect(records.map((r) => r.name)).toEqual(["县委", "县政府"]);
    expect(records[0]!.evidence.text).toBe("县委高度重视。");
  });

  it("drops a short form the report also writes with its place", () => {
    const report = makeReport("在湖南省人民政府领导下。\n省人民政府印发通知。");
    expect(extractDepartments(report).records.map((r) => r.name)).toEqual(["湖南省人民政府"]);
  });

  it("keeps the section role of the naming sentence", () => {
    const report = makeReport("[plan]区商务局牵头推进。");
    expect(extractDepartments(report).records[0]).toMatchObject({ name: "区商务局", sectionRole: "plan" });
  });
});

describe("findOrganizations", () => {
  it.each([
    ["与建设银行签订协议", "建设银行", "bank"],
    ["引进青松科技有限公司", "青松科技有限公司", "company"],
    ["与浙江大学共建研究院", "浙江大学", "university"],
    ["联合省农业科学院攻关", "省农业科学院", "institute"],
  ] as const)("%s → %s (%s)", (text, name, kind) => {
    expect(findOrganizations(text)).toContainEqual(expect.objectContaining({ name, kind }));
  });

  it.each(["培育上市公司3家", "支持中小银行补充资本", "建设一流大学"])("rejects the class noun in %s", (text) => {
    expect(findOrganizations(text)).toEqual([]);
  });

  it("records organisations with evidence", () => {
    const { records } = extractOrganizations(makeReport("与建设银行签订协议。"));
    expect(records[0]).toMatchObject({ name: "建设银行", kind: "bank", evidence: { text: "与建设银行签订协议。" } });
  });
});
