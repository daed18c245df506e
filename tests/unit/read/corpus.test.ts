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
  it("walks to every report file and reads each without an error; a named manifest is refused, not crashed on", async () => {
    const files = await expandPaths([CORPUS]);
    // 57 national reports, 62 provincial ones, 5 district excerpts and 1 compilation;
    // MANIFEST.csv and SOURCES.md describe the corpus and are left out of a walk.
    expect(files).toHaveLength(125);
    const failures: string[] = [];
    const manifest = await readSource(join(CORPUS, "MANIFEST.csv"));
    if (!isReadError(manifest) || manifest.code !== "unsupported_format") failures.push("MANIFEST.csv: expected unsupported_format");
    for (const file of files) {
      const result = await readSource(file);
      if (isReadError(result)) {
        failures.push(result.message);
      } else if (result.text.trim().length < 100) {
        failures.push(`${file}: only ${result.text.length} characters`);
      }
    }
    expect(failures).toEqual([]);
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
