import { describe, expect, it } from "vitest";
import { structureDocument } from "../../../src/structure/index.ts";
import { corpusFiles, sharedPresent, txtDocument } from "./shared-corpus.ts";

describe("sentences", () => {
  const text = "某区2024年工作总结\n一、主要工作完成情况1. 经济发展上半年，全区生产总值增长5%；财政收入增长3%！\n二、存在问题。产业结构仍需调整？";
  const [report] = structureDocument(txtDocument("s.txt", text));

  it("split at sentence stops, line breaks and heading bounds, with offsets into the normalised text", () => {
    const sentences = report!.sentences;
    expect(sentences.map((s) => s.text)).toEqual([
      "某区2024年工作总结",
      "一、主要工作完成情况",
      "1. 经济发展",
      "上半年，全区生产总值增长5%；",
      "财政收入增长3%！",
      "二、存在问题。",
      "产业结构仍需调整？",
    ]);
    for (const s of sentences) expect(report!.doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("carry their section and its role, or outside any section the role the report's title gives", () => {
    const byText = new Map(report!.sentences.map((s) => [s.text, s]));
    expect(byText.get("某区2024年工作总结")).toMatchObject({ sectionId: null, role: "review" });
    expect(byText.get("财政收入增长3%！")?.role).toBe("review");
    expect(byText.get("产业结构仍需调整？")?.role).toBe("problems");
  });

  it("cut an over-long sentence at commas into clauses of sane length", () => {
    const long = `一、工作回顾\n${"加快推进重点项目建设，".repeat(40)}全面完成任务。`;
    const [r] = structureDocument(txtDocument("l.txt", long));
    expect(Math.max(...r!.sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(200);
    expect(r!.sentences.map((s) => s.text).join("")).toBe(long.replace("\n", ""));
  });

  it("give stable report ids that change with the text", () => {
    const again = structureDocument(txtDocument("s.txt", text))[0]!;
    const changed = structureDocument(txtDocument("s.txt", `${text}。`))[0]!;
    expect(again.id).toBe(report!.id);
    expect(changed.id).not.toBe(report!.id);
  });
});

describe.skipIf(!sharedPresent)("structuring the shared corpus", () => {
  it("stays fast: every national report structured in well under a second", () => {
    const files = corpusFiles("national");
    const started = performance.now();
    let chars = 0;
    for (const file of files) {
      const [r] = structureDocument(txtDocument(file));
      chars += r!.doc.text.length;
      expect(r!.sentences.length).toBeGreaterThan(50);
    }
    const perChar = (performance.now() - started) / chars;
    // About 1.3 million characters: linear-time stages keep this far below a microsecond each.
    expect(perChar).toBeLessThan(0.01);
  });
});
