import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assert, describe, expect, it } from "vitest";
import { listLabels } from "../../../src/read/docx-numbering.ts";
import { expandPaths, isReadError, readSource } from "../../../src/read/index.ts";
import { formatCounter } from "../../../src/read/list-labels.ts";
import { zipEntries } from "../../../src/read/zip-entries.ts";
import { FORMATS } from "./fixtures.ts";
import { useTempDir } from "./temp-dir.ts";

describe("formatCounter", () => {
  it.each([
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [12, "chineseCounting", "十二"],
    [20, "chineseCountingThousand", "二十"],
    [105, "chineseCounting", "一百零五"],
    [3, "chineseLegalSimplified", "叁"],
    [2, "ideographTraditional", "乙"],
    [3, "decimalEnclosedCircle", "③"],
    [3, "decimalEnclosedParen", "⑶"],
    [7, "decimal", "7"],
    [4, "upperRoman", "IV"],
    [28, "lowerLetter", "bb"],
    [1, "bullet", ""],
  ] as const)("%d as %s is %j", (n, format, expected) => {
    expect(formatCounter(n, format)).toBe(expected);
  });
});

const NUMBERING = `<w:numbering>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/><w:lvlText w:val="%1"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const paragraph = (numId: number | null, ilvl = 0, style?: string): string =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${numId === null ? "" : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;

describe("listLabels", () => {
  it("counts as Word does: deeper levels restart when a shallower one advances, body paragraphs do not interrupt", () => {
    const body = [paragraph(1, 0), paragraph(null), paragraph(1, 1), paragraph(1, 2), paragraph(1, 2), paragraph(1, 1), paragraph(1, 0), paragraph(1, 1), paragraph(1, 3)].join("");
    expect(listLabels(`<w:body>${body}</w:body>`, NUMBERING)).toEqual(["一、", "（一）", "1.", "2.", "（二）", "二、", "（一）", null]);
  });

  it("restarts an instance with a start override, follows a style's list level, and skips numId 0", () => {
    const body = [paragraph(1, 0), paragraph(1, 0), paragraph(2, 0), paragraph(null, 0, "Heading3"), paragraph(0, 0)].join("");
    expect(listLabels(`<w:body>${body}</w:body>`, NUMBERING)).toEqual(["一、", "二、", "一、", "1 "]);
  });
});

describe("a .docx with automatic heading numbers", () => {
  const docx = join(FORMATS, "printed", "hebei-2026-excerpt.numbered.docx");

  it("carries its numbers in numbering.xml, not in its text", async () => {
    const { readFile } = await import("node:fs/promises");
    const parts = zipEntries(await readFile(docx), ["word/document.xml", "word/numbering.xml"], 1 << 24);
    expect(parts.get("word/numbering.xml")).toContain("chineseCounting");
    expect(parts.get("word/document.xml")).toContain("<w:numPr>");
    expect(parts.get("word/document.xml")).not.toContain("一、");
  });

  it("reads with the numbers written out, as its text has them", async () => {
    const doc = await readSource(docx);
    assert(!isReadError(doc), `expected a document: ${JSON.stringify(doc).slice(0, 300)}`);
    const lines = doc.text.split("\n");
    expect(lines).toContain("一、“十四五”时期经济社会发展回顾");
    expect(lines).toContain("三、2026年主要工作");
    expect(lines.some((line) => line.startsWith("（二）充分挖掘内需潜力"))).toBe(true);
  });
});

describe("legacy Word files", () => {
  const dir = useTempDir();

  it("are refused with the file's name and a conversion to try, also when found in a folder", async () => {
    const path = join(dir(), "report.doc");
    await writeFile(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await expandPaths([dir()])).toEqual([path]);
    const result = await readSource(path);
    assert(isReadError(result), "a .doc was read");
    expect(result.code).toBe("unsupported_format");
    expect(result.message).toMatch(/report\.doc: is a Word 97-2003 \.doc, which GovKG does not read; .*--convert-to docx/);
  });
});
