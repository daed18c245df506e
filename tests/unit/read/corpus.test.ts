import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import iconv from "iconv-lite";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/read/decode-text.ts";
import { expandPaths, formatOfPath, isReadError, readSource } from "../../../src/read/index.ts";

const CORPUS = join(import.meta.dirname, "..", "..", "..", "..", "shared", "corpus");
const present = existsSync(CORPUS);

if (!present) console.warn(`Skipping the corpus read test: ${CORPUS} is absent (the shared corpus sits next to the repository).`);

describe.skipIf(!present)("the shared corpus", () => {
  it("reads every report file without an error; other files are refused as unsupported, not crashed on", async () => {
    const files = await expandPaths([CORPUS]);
    expect(files.length).toBeGreaterThan(100);
    const failures: string[] = [];
    const unsupported: string[] = [];
    for (const file of files) {
      const result = await readSource(file);
      if (formatOfPath(file) === null) {
        // MANIFEST.csv is data about the corpus, not a report.
        if (!isReadError(result) || result.code !== "unsupported_format") failures.push(`${file}: expected unsupported_format`);
        unsupported.push(file);
      } else if (isReadError(result)) {
        failures.push(result.message);
      } else if (result.text.trim().length < 100) {
        failures.push(`${file}: only ${result.text.length} characters`);
      }
    }
    expect(failures).toEqual([]);
    expect(unsupported.length).toBeLessThan(files.length / 10);
  });

  it("recognises every text report re-encoded as GB18030, and never takes its UTF-8 bytes for GB18030", async () => {
    const files = (await expandPaths([CORPUS])).filter((file) => formatOfPath(file) === "txt");
    const misread: string[] = [];
    for (const file of files) {
      const utf8 = await readFile(file);
      const text = utf8.toString("utf8");
      const gb = decodeText(iconv.encode(text, "gb18030"));
      if (!gb.ok || gb.encoding !== "gb18030" || gb.text !== text) misread.push(`${file} as GB18030: ${gb.ok ? gb.encoding : gb.reason}`);
      const asUtf8 = decodeText(utf8);
      if (!asUtf8.ok || asUtf8.encoding !== "utf-8") misread.push(`${file} as UTF-8: ${asUtf8.ok ? asUtf8.encoding : asUtf8.reason}`);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(misread).toEqual([]);
  });
});
