import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReportMeta } from "../../../src/domain/index.ts";
import { structureDocument } from "../../../src/structure/index.ts";
import { corpusFiles, sharedPresent, skipNotice, txtDocument } from "./shared-corpus.ts";

const metaOf = (text: string): ReportMeta => structureDocument(txtDocument("meta.txt", text))[0]!.meta;
const pick = (meta: ReportMeta, ...keys: (keyof ReportMeta)[]) => Object.fromEntries(keys.map((k) => [k, meta[k]]));

describe("report metadata", () => {
  it.each([
    ["XX经济开发区2024年上半年工作总结暨下半年工作安排一、上半年工作总结", { issuer: "XX经济开发区", year: 2024, period: "H1", kind: "review+plan" }],
    ["XX街道XXXX年上半年工作总结和下半年工作打算今年以来，街道深入推进各项工作。", { issuer: "XX街道", year: null, period: "H1", kind: "review+plan" }],
    ["区委区府办年度总结前言经过一年来的努力工作，我们取得了成绩。", { issuer: "区委区府办", year: null, period: "FY", kind: "review" }],
    ["全区2023年上半年重点工作总结及下半年工作计划\n2023年上半年，本区积极履行职责。", { issuer: null, year: 2023, period: "H1", kind: "review+plan" }],
    ["2023年区政府工作报告目标任务半年完成情况\n2023年上半年，完成地区生产总值550亿元。", { issuer: "区政府", year: 2023, period: "H1", kind: "review" }],
    ["县商务局二〇二二年下半年工作计划\n下半年，我局将继续努力。", { issuer: "县商务局", year: 2022, period: "H2", kind: "plan" }],
    ["河北省2023年1-6月经济运行情况\n上半年，全省经济稳中向好。", { issuer: "河北省", year: 2023, period: "H1", kind: null }],
    ["某镇2023年工作总结和2024年工作打算\n一年来，全镇上下团结奋进。", { issuer: "某镇", year: 2023, period: "FY", kind: "review+plan" }],
    ["2023年度个人年终工作总结\n一年来，我认真履行岗位职责。", { issuer: null, year: 2023, period: "FY", kind: "review" }],
    ["国务院2023年立法工作计划\n一、总体要求", { issuer: "国务院", year: 2023, period: "FY", kind: "plan" }],
  ] as const)("reads the title %s", (text, expected) => {
    expect(pick(metaOf(text), "issuer", "year", "period", "kind")).toEqual(expected);
  });

  it("reads the region from a place at the front of the title", () => {
    expect(pick(metaOf("昆明市官渡区人民政府关于2023年上半年计划执行情况的报告\n受区长委托，我代表区人民政府报告。"), "issuer", "region", "kind")).toEqual({
      issuer: "昆明市官渡区人民政府",
      region: "昆明市官渡区",
      kind: "review",
    });
    expect(metaOf("河北省2023年1-6月经济运行情况\n上半年，全省经济稳中向好。").region).toBe("河北省");
    expect(metaOf("XX经济开发区2024年工作总结\n今年以来，开发区经济稳步增长。").region).toBeNull();
  });

  it("takes a title-like first line as the title when no usual title ending is found", () => {
    expect(metaOf("2024年上半年全县经济运行分析\n上半年，全县经济稳中有进。").title).toBe("2024年上半年全县经济运行分析");
  });

  it("names the body from the opening sentence when the title names none", () => {
    const meta = metaOf("政府半年工作总结\n今年上半年以来，在县委、县政府的正确领导下，县政府办公室紧紧围绕中心工作。");
    expect(meta.issuer).toBe("县政府办公室");
  });

  it("reads the region and completes a bare issuer from the party committee named in the body", () => {
    const meta = metaOf("区政府XX年下半年工作报告一、XX年工作回顾\n在中共姑苏区委的正确领导下，我们取得了新成绩。");
    expect(pick(meta, "issuer", "region", "year", "period")).toEqual({ issuer: "姑苏区人民政府", region: "姑苏区", year: null, period: "H2" });
  });

  it("reads a provincial report's issuer and region from its title", () => {
    const meta = metaOf("2025年河北省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、2024年工作回顾\n过去一年。\n二、2025年工作安排\n今年。");
    expect(pick(meta, "issuer", "region", "year", "period", "kind")).toEqual({
      issuer: "河北省人民政府",
      region: "河北省",
      year: 2025,
      period: "FY",
      kind: "review+plan",
    });
  });

  it("reads the province from the dateline when the title is only 政府工作报告", () => {
    const meta = metaOf("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。");
    expect(pick(meta, "issuer", "region", "year")).toEqual({ issuer: "广东省人民政府", region: "广东省", year: 2026 });
  });

  it("names an untitled excerpt of a national report by its heading and dates it a year after the year it reviews", () => {
    const meta = metaOf("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2018年工作回顾\n过去一年，我国经济运行保持在合理区间。");
    expect(meta).toEqual({ title: "2018年工作回顾", issuer: "国务院", region: "全国", year: 2019, period: "FY", kind: "review" });
  });

  it("lets overrides replace inferred values field by field", () => {
    const [report] = structureDocument(txtDocument("o.txt", "XX街道XXXX年上半年工作总结\n今年以来，街道深入推进各项工作。"), { year: 2021, region: "某区" });
    expect(pick(report!.meta, "issuer", "region", "year", "period")).toEqual({ issuer: "XX街道", region: "某区", year: 2021, period: "H1" });
  });
});

skipNotice("the national report year test");

describe.skipIf(!sharedPresent)("national reports in the shared corpus", () => {
  const files = corpusFiles("national");

  it("are dated with the year in their file name, issued by 国务院 for 全国", () => {
    expect(files.length).toBeGreaterThan(0);
    const wrong = files.flatMap((file) => {
      const expected = Number(/(\d{4})/u.exec(basename(file))![1]);
      const [report] = structureDocument(txtDocument(file));
      const { year, issuer, region } = report!.meta;
      return year === expected && issuer === "国务院" && region === "全国" ? [] : [`${basename(file)}: ${year} ${issuer} ${region}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe.skipIf(!sharedPresent)("provincial reports in the shared corpus", () => {
  it("are dated with the year in their file name and issued by a provincial government", () => {
    const wrong = corpusFiles("provinces").flatMap((file) => {
      const expected = Number(/(\d{4})/u.exec(basename(file))![1]);
      const { year, issuer, region } = structureDocument(txtDocument(file))[0]!.meta;
      const ok = year === expected && region !== null && issuer === `${region}人民政府`;
      return ok ? [] : [`${basename(file)}: ${year} ${issuer} ${region}`];
    });
    expect(wrong).toEqual([]);
  });
});
