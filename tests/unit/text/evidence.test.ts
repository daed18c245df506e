import { describe, expect, it } from "vitest";
import { normalizeText, sourceEvidence } from "../../../src/text/index.ts";

describe("sourceEvidence", () => {
  it("gives the sentence as the source file writes it, with its offsets there", () => {
    const original = "前言。\r\n投资１２\n3亿元，增长５％。";
    const doc = normalizeText(original);
    const start = doc.text.indexOf("投资");
    const end = doc.text.indexOf("。", start) + 1;
    expect(doc.text.slice(start, end)).toBe("投资123亿元，增长5%。");
    const evidence = sourceEvidence(doc, { start, end });
    expect(evidence).toEqual({ text: "投资１２\n3亿元，增长５％。", start: 5, end: original.length });
    expect(original.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it("gives an empty span at the end of the text", () => {
    const doc = normalizeText("一句。");
    expect(sourceEvidence(doc, { start: 3, end: 3 })).toEqual({ text: "", start: 3, end: 3 });
  });
});
