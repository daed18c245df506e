import type { ReportMetaOverride, SourceDocument, StructuredReport } from "../domain/index.ts";
import { normalizeText } from "../read/normalize.ts";
import { createHash } from "node:crypto";

/**
 * Splits a document into reports and gives each its metadata, sections and sentences.
 * (Initial version: the whole document is one report with one sentence per line.)
 */
export function structureDocument(doc: SourceDocument, _overrides: ReportMetaOverride = {}): StructuredReport[] {
  const normalized = normalizeText(doc.text);
  const sentences = [];
  let start = 0;
  for (const line of normalized.text.split("\n")) {
    if (line.trim()) sentences.push({ start, end: start + line.length, text: line, sectionId: null, role: "other" as const });
    start += line.length + 1;
  }
  const id = createHash("sha256").update(doc.source).update(doc.text).digest("hex").slice(0, 16);
  return [
    {
      id: `${id}-0`,
      source: doc.source,
      index: 0,
      doc: normalized,
      start: 0,
      end: normalized.text.length,
      meta: { title: "", issuer: null, region: null, year: null, period: null, kind: null },
      sections: [],
      sentences,
    },
  ];
}
