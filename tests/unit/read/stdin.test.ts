import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { assert, describe, expect, it } from "vitest";
import { isReadError, readSource } from "../../../src/read/index.ts";
import { fixture, sourceText, withoutWhitespace } from "./fixtures.ts";

const pipe = (bytes: Buffer): Readable => Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]);

describe("readSource(\"-\") reads standard input", () => {
  it.each([
    ["source-gbk.txt", "txt", "gb18030"],
    ["source-utf16le.txt", "txt", "utf-16le"],
    ["source.html", "html", "utf-8"],
    ["source.pdf", "pdf", null],
    ["source.docx", "docx", null],
  ] as const)("detects %s as %s (%s)", async (name, format, encoding) => {
    const doc = await readSource("-", { stdin: pipe(await readFile(fixture(name))) });
    assert(!isReadError(doc), `expected a document: ${JSON.stringify(doc).slice(0, 300)}`);
    expect(doc.source).toBe("-");
    expect(doc.format).toBe(format);
    expect(doc.encoding).toBe(encoding);
    expect(withoutWhitespace(doc.text)).toBe(withoutWhitespace(await sourceText()));
  });

  it("stops reading at the cap and calls the input standard input", async () => {
    const error = await readSource("-", { stdin: pipe(await readFile(fixture("source.txt"))), maxFileBytes: 150 });
    assert(isReadError(error), "expected file_too_large");
    expect(error.code).toBe("file_too_large");
    expect(error.message).toBe("standard input: exceeds the cap of 150 bytes (GOVKG_MAX_FILE_MB)");
  });

  it("reports empty input", async () => {
    const error = await readSource("-", { stdin: Readable.from([]) });
    expect(isReadError(error) && error.code).toBe("empty_file");
  });
});
