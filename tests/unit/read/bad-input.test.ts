import { mkdir, open, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assert, describe, expect, it } from "vitest";
import type { DiagnosticCode, ReadError } from "../../../src/domain/index.ts";
import { isReadError, readBytes, readSource } from "../../../src/read/index.ts";
import { normalizeText } from "../../../src/text/index.ts";
import { fixture } from "./fixtures.ts";
import { useTempDir } from "./temp-dir.ts";

async function readFailure(path: string, options = {}): Promise<ReadError> {
  const result = await readSource(path, options);
  assert(isReadError(result), `expected ${path} to fail, it read as ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}

describe("bad input is a ReadError that names the file and the reason", () => {
  const cases: ReadonlyArray<{ name: string; code: DiagnosticCode; reason: RegExp }> = [
    { name: "bad/empty.txt", code: "empty_file", reason: /empty \(0 bytes\)/ },
    { name: "bad/whitespace.txt", code: "empty_file", reason: /only white space/ },
    { name: "bad/binary.txt", code: "binary_file", reason: /NUL bytes/ },
    { name: "bad/truncated.docx", code: "unreadable_file", reason: /damaged or truncated: .*zip/i },
    { name: "bad/encrypted.docx", code: "unreadable_file", reason: /password-protected/ },
    { name: "bad/legacy-doc.docx", code: "unreadable_file", reason: /Word 97-2003 \.doc/ },
    { name: "bad/no-text.pdf", code: "no_text_layer", reason: /1 page\(s\) but no text layer/ },
    { name: "bad/encrypted.pdf", code: "unreadable_file", reason: /password-protected/ },
    { name: "bad/truncated.pdf", code: "unreadable_file", reason: /damaged or not a readable PDF/ },
    { name: "bad/no-text.html", code: "empty_file", reason: /HTML page without visible text/ },
    { name: "bad/report.xyz", code: "unsupported_format", reason: /unsupported extension/ },
    { name: "bad/mixed-encoding.txt", code: "unknown_encoding", reason: /mixes encodings: line 1 is UTF-8 but line 4 is not/ },
    { name: "bad/latin1.txt", code: "unknown_encoding", reason: /neither UTF-8 nor GB18030.*ISO-8859-1/ },
    { name: "missing/nowhere.txt", code: "unreadable_file", reason: /does not exist$/ },
  ];

  it.each(cases)("$name → $code", async ({ name, code, reason }) => {
    const error = await readFailure(fixture(name));
    expect(error.code).toBe(code);
    expect(error.source).toBe(fixture(name));
    expect(error.message.startsWith(`${fixture(name)}: `)).toBe(true);
    expect(error.message).toMatch(reason);
  });
});

describe("size cap and file kind", () => {
  const dir = useTempDir();

  it("rejects a file above GOVKG_MAX_FILE_MB (default 50 MB) from its size alone", async () => {
    const path = join(dir(), "huge.txt");
    // A sparse file: 51 MB long without writing 51 MB.
    const handle = await open(path, "w");
    await handle.truncate(51 * 1024 * 1024);
    await handle.close();
    const error = await readFailure(path);
    expect(error.code).toBe("file_too_large");
    expect(error.message).toBe(`${path}: is 51 MB, above the cap of 50 MB (GOVKG_MAX_FILE_MB)`);
  });

  it("honours a smaller cap passed by the caller", async () => {
    const error = await readFailure(fixture("source.txt"), { maxFileBytes: 1000 });
    expect(error.code).toBe("file_too_large");
    expect(error.message).toMatch(/is 1999 bytes, above the cap of 1000 bytes/);
  });

  it("applies the cap to bytes already in memory, such as uploads", async () => {
    const error = await readBytes("upload.txt", Buffer.alloc(2048, 0x41), "txt", { maxFileBytes: 1024 });
    expect(isReadError(error) && error.message).toBe("upload.txt: is 2048 bytes, above the cap of 1024 bytes (GOVKG_MAX_FILE_MB)");
  });

  it("rejects a directory whose name looks like a report", async () => {
    const path = join(dir(), "folder.txt");
    await mkdir(path);
    const error = await readFailure(path);
    expect(error.code).toBe("unreadable_file");
    expect(error.message).toBe(`${path}: is not a regular file`);
  });
});

describe("hard but readable text", () => {
  const dir = useTempDir();

  it("reads a 1 MB line without a break in linear time", async () => {
    const path = join(dir(), "one-line.txt");
    const line = "全区完成地区生产总值550.5亿元，同比增长6%。".repeat(40_000);
    await writeFile(path, line);
    const started = performance.now();
    const doc = await readSource(path);
    assert(!isReadError(doc), `expected a document: ${JSON.stringify(doc).slice(0, 300)}`);
    const normalized = normalizeText(doc.text);
    expect(Buffer.byteLength(line)).toBeGreaterThan(1024 * 1024);
    expect(doc.text).toBe(line);
    expect(normalized.text).toBe(line);
    // Generous for a shared machine; a quadratic step would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("keeps emoji and drops control characters only in the normalised text", async () => {
    const doc = await readSource(fixture("odd/emoji-controls.txt"));
    assert(!isReadError(doc), `expected a document: ${JSON.stringify(doc).slice(0, 300)}`);
    expect(doc.text).toContain("\u0007");
    const normalized = normalizeText(doc.text);
    expect(normalized.text).toBe("上半年完成地区生产总值550亿元，同比增长12.5%😀。\n新增企业2998家\n🎉\n");
    const emoji = normalized.text.indexOf("🎉");
    const start = normalized.toOriginal[emoji]!;
    expect(doc.text.slice(start, start + 2)).toBe("🎉");
  });

  it("treats a text file made mostly of control characters as binary", async () => {
    const path = join(dir(), "controls.txt");
    await writeFile(path, Buffer.from("ab\u0001\u0002\u0003\u0004cd\u0005\u0006", "latin1"));
    const error = await readFailure(path);
    expect(error.code).toBe("binary_file");
    expect(error.message).toMatch(/control characters/);
  });
});
