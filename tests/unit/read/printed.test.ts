import { readdirSync } from "node:fs";
import { assert, describe, expect, it } from "vitest";
import type { ExtractedReport } from "../../../src/domain/index.ts";
import { extractDocument } from "../../../src/pipeline/extract-document.ts";
import { isReadError, readSource } from "../../../src/read/index.ts";
import { FORMATS } from "./fixtures.ts";

const PRINTED = `${FORMATS}/printed`;

/** Where a record sits differs between formats (offsets, ids derived from them); what was found must not. */
const PLACE_KEYS = new Set(["evidence", "start", "end", "source", "id", "contentHash", "reportId", "sectionId", "parentId"]);

function withoutPlaces(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaces);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !PLACE_KEYS.has(key)).map(([key, inner]) => [key, withoutPlaces(inner)]));
}

async function extracted(path: string): Promise<unknown> {
  const doc = await readSource(path);
  assert(!isReadError(doc), `expected a document: ${JSON.stringify(doc).slice(0, 300)}`);
  return withoutPlaces(extractDocument(doc) satisfies ExtractedReport[]);
}

const sources = readdirSync(PRINTED).filter((name) => name.endsWith(".txt")).map((name) => name.slice(0, -4));
const renderings = [
  { suffix: "chromium.pdf", by: "printed by Chromium (its header and footer on, a font whose glyphs read as radicals)" },
  { suffix: "libreoffice.pdf", by: "printed by LibreOffice from the text" },
  { suffix: "numbered.docx", by: "saved as .docx with Word's automatic numbering for its headings" },
];

describe.each(sources)("%s extracts the same from every rendering as from its text", (name) => {
  it.each(renderings)("$suffix: $by", async ({ suffix }) => {
    expect(await extracted(`${PRINTED}/${name}.${suffix}`)).toEqual(await extracted(`${PRINTED}/${name}.txt`));
  });
});
