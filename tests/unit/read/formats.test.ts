import { assert, describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../src/domain/index.ts";
import { isReadError, readSource } from "../../../src/read/index.ts";
import { fixture, sourceText, withoutWhitespace } from "./fixtures.ts";

async function readOk(name: string): Promise<SourceDocument> {
  const result = await readSource(fixture(name));
  assert(!isReadError(result), `expected ${name} to read, got ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}

describe("every format yields the text of the UTF-8 source", () => {
  const cases = [
    { name: "source.txt", format: "txt", encoding: "utf-8" },
    { name: "source.md", format: "txt", encoding: "utf-8" },
    { name: "source-utf8-bom.txt", format: "txt", encoding: "utf-8" },
    { name: "source-gbk.txt", format: "txt", encoding: "gb18030" },
    { name: "source-utf16le.txt", format: "txt", encoding: "utf-16le" },
    { name: "source-utf16be.txt", format: "txt", encoding: "utf-16be" },
    { name: "source.docx", format: "docx", encoding: null },
    { name: "source.pdf", format: "pdf", encoding: null },
    { name: "source.html", format: "html", encoding: "utf-8" },
    { name: "source-gbk.html", format: "html", encoding: "gb18030" },
  ] as const;

  it.each(cases)("$name → $format, $encoding", async ({ name, format, encoding }) => {
    const doc = await readOk(name);
    expect(doc.format).toBe(format);
    expect(doc.encoding).toBe(encoding);
    expect(doc.source).toBe(fixture(name));
    expect(withoutWhitespace(doc.text)).toBe(withoutWhitespace(await sourceText()));
  });

  it("keeps the decoded text of a plain file exactly, so offsets point into the file", async () => {
    const doc = await readOk("source-gbk.txt");
    expect(doc.text).toBe(await sourceText());
  });

  it("drops the byte-order mark instead of keeping it as the first character", async () => {
    expect((await readOk("source-utf8-bom.txt")).text.charCodeAt(0)).not.toBe(0xfeff);
    expect((await readOk("source-utf16le.txt")).text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("gives a Word document one line per paragraph", async () => {
    const source = (await sourceText()).trimEnd().split("\n");
    expect((await readOk("source.docx")).text.split("\n")).toEqual(source);
  });

  it("rebuilds the paragraphs of a PDF, one a line, across a page break and without page numbers", async () => {
    const source = (await sourceText()).trimEnd().split("\n");
    expect((await readOk("source.pdf")).text.split("\n")).toEqual(source);
  });

  it("strips scripts, styles, menus, crumbs, asides, share bars and footers from HTML", async () => {
    const doc = await readOk("source.html");
    for (const chrome of ["脚本", "document", "样式", "首页", "当前位置", "网站标题", "相关链接", "分享到", "版权所有", "请启用", "DOCTYPE"]) {
      expect(doc.text).not.toContain(chrome);
    }
    const source = (await sourceText()).trimEnd().split("\n");
    expect(doc.text.split("\n")).toEqual(source);
  });
});
