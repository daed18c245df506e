import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/text/index.ts";
import { splitReports, structureDocument } from "../../../src/structure/index.ts";
import { corpusFiles, SHARED, sharedPresent, skipNotice, txtDocument } from "./shared-corpus.ts";

const titles = (text: string): (string | null)[] => splitReports(normalizeText(text).text).map((s) => s.title?.text ?? null);

describe("splitReports", () => {
  it("splits titles that run straight into their bodies and skips a document site's page header", () => {
    const text = [
      "区政府XX年工作报告",
      "- 格式:docx",
      "- 大小:30.11 KB",
      "XX镇2024年上半年工作总结暨下半年工作安排一、上半年工作总结1. 经济发展在上半年,全镇经济平稳增长。",
      "二、下半年工作安排下半年,我们将继续努力。",
      "XX镇2024年上半年工作总结暨下半年工作安排到此结束。",
      "县商务局2023年度工作总结(讨论稿)今年以来，我局认真贯彻落实各项部署。",
      "一、主要工作完成情况外贸平稳运行。",
    ].join("\n");
    expect(titles(text)).toEqual(["XX镇2024年上半年工作总结暨下半年工作安排", "县商务局2023年度工作总结(讨论稿)"]);
  });

  it("recognises the page header in text that still has CRLF line ends", () => {
    const text = "区政府XX年工作报告\r\n- 格式:docx\r\nXX镇2024年工作总结一、主要工作今年以来，全镇经济平稳增长。\r\n";
    expect(splitReports(text).map((s) => s.title?.text)).toEqual(["XX镇2024年工作总结"]);
  });

  it("keeps a single report whole, however its sections are titled", () => {
    const text = [
      "2025年某省政府工作报告",
      "各位代表：",
      "现在，我代表省人民政府，向大会报告工作，请予审议。",
      "一、2024年工作回顾",
      "过去一年，全省经济运行稳中有进。",
      "2025年工作安排",
      "今年是“十四五”规划收官之年。",
    ].join("\n");
    expect(titles(text)).toEqual(["2025年某省政府工作报告"]);
  });

  it("splits a file holding several government work reports, each with its title and address", () => {
    const report = (year: number) =>
      [`${year}年某县政府工作报告`, "各位代表：", "现在，我代表县人民政府向大会报告工作。", `一、${year - 1}年工作回顾`, "过去一年，全县经济稳中有进。"].join("\n");
    expect(titles(`${report(2024)}\n${report(2023)}`)).toEqual(["2024年某县政府工作报告", "2023年某县政府工作报告"]);
  });

  it("treats a repeated title, a sample inside an entry and a sentence naming a report as part of the report", () => {
    const text = [
      "上半年工作总结及下半年工作计划个人述职报告范文。",
      "以下是上半年的工作总结和下半年的工作计划。",
      "上半年工作总结及下半年工作计划1上半年，我办认真贯彻落实各项部署，工作取得新进展，粮食生产稳定。",
      "工作总结以及工作计划范文篇一xx年，在县委、县政府的坚强领导下，全县商务工作取得新成绩。",
    ].join("\n");
    expect(titles(text)).toEqual(["上半年工作总结及下半年工作计划"]);
  });

  it("finds a title that follows the previous report's last sentence on the same line", () => {
    const text =
      "XX镇2023年上半年工作总结一、主要工作上半年，全镇经济平稳运行，各项工作有序推进。" +
      "XX街道2023年上半年工作总结及下半年工作计划一、上半年工作完成情况上半年，街道完成各项任务。";
    expect(titles(text)).toEqual(["XX镇2023年上半年工作总结", "XX街道2023年上半年工作总结及下半年工作计划"]);
  });

  it("drops the counter a compilation puts before each sample's title", () => {
    const text = "篇一：XX乡2022年度工作总结\n今年以来，全乡上下团结一心，圆满完成全年任务。\n【篇二】XX镇2022年度工作总结\n今年以来，全镇各项工作稳步推进，取得明显成效。";
    expect(titles(text)).toEqual(["XX乡2022年度工作总结", "XX镇2022年度工作总结"]);
  });

  it("does not take a sentence that names a report for a title", () => {
    const text = "某局2023年工作总结\n一年来，我局认真履职。\n现将2023年上半年工作总结如下：\n2023年上半年工作总结如下：一是抓好项目。";
    expect(titles(text)).toEqual(["某局2023年工作总结"]);
  });

  it("returns one untitled report when no title is found", () => {
    const text = "各位代表：\n现在，我代表国务院向大会作政府工作报告。";
    expect(splitReports(text)).toEqual([{ start: 0, end: text.length, title: null }]);
  });
});

skipNotice("the corpus splitting tests");

describe.skipIf(!sharedPresent)("splitting the shared corpus", () => {
  it("splits the seed compilation into exactly its annotated reports, titles as written", () => {
    const seed = JSON.parse(readFileSync(join(SHARED, "eval", "dev", "seed.json"), "utf8")) as { source: string; reports: { title: string }[] };
    const source = join(SHARED, "eval", "dev", seed.source);
    const reports = structureDocument(txtDocument(source));
    expect(reports.map((r) => r.meta.title)).toEqual(seed.reports.map((r) => r.title));
    // The page header above the first report belongs to none of them.
    expect(reports[0]!.start).toBeGreaterThan(0);
  });

  it("finds exactly one report in every national, provincial and excerpt file", () => {
    const counts = ["national", "provinces", "excerpts"]
      .flatMap(corpusFiles)
      .map((file) => [file, structureDocument(txtDocument(file)).length] as const)
      .filter(([, n]) => n !== 1);
    expect(counts).toEqual([]);
  });
});
