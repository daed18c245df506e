import type {
  ReportMeta,
  ReportMetaOverride,
  SectionRole,
  SourceDocument,
  StructuredReport,
} from "../domain/index.ts";
import { normalizeText, originalSpan } from "../text/index.ts";
import { findHeadings } from "./headings.ts";
import { inferMeta, isCongressReport, reportRole } from "./metadata/index.ts";
import { reportId } from "./report-id.ts";
import { buildOutline, toSections } from "./sections.ts";
import { splitSentences } from "./sentences.ts";
import { splitReports } from "./split.ts";

export { findHeadings, type Heading } from "./headings.ts";
export { roleOfHeading } from "./roles.ts";
export { splitReports, type ReportSlice } from "./split.ts";
export type { MetaInput } from "./metadata/index.ts";

const PART_KINDS: ReadonlySet<string> = new Set(["part", "chinese"]);

/** Overrides win over inference, field by field; an absent field keeps the inferred value. */
function applyOverrides(meta: ReportMeta, overrides: ReportMetaOverride): ReportMeta {
  const merged: Record<string, unknown> = { ...meta };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  return merged as ReportMeta;
}

/**
 * Splits a document into reports and gives each its metadata, section tree (with roles)
 * and sentences. Overrides (sidecar, CLI flags) replace inferred metadata in every report.
 */
export function structureDocument(doc: SourceDocument, overrides: ReportMetaOverride = {}): StructuredReport[] {
  const normalized = normalizeText(doc.text);
  const text = normalized.text;
  return splitReports(text).map((slice, index) => {
    const span = originalSpan(normalized, slice.start, slice.end);
    const id = reportId(doc.text.slice(span.start, span.end), index);
    const bodyStart = slice.title?.end ?? slice.start;
    const headings = findHeadings(text, bodyStart, slice.end);
    const role = slice.title ? reportRole(slice.title.text) : null;
    const congress = isCongressReport(slice.title?.text ?? null, text.slice(slice.start, slice.end));
    const outline = buildOutline(id, headings, slice.end, role, congress);
    const sentences = splitSentences(text, slice.start, slice.end, outline, headings.map((h) => h.end), role ?? "other");
    // Only numbered parts (`一、`, `第一部分`) can stand for a whole untitled excerpt.
    const topLevel = outline.filter((s, i) => s.level === 1 && PART_KINDS.has(headings[i]?.kind ?? "lead-in"));
    const meta = inferMeta({
      title: slice.title?.text ?? null,
      topHeadings: topLevel.map((s) => s.heading),
      roles: new Set<SectionRole>(outline.map((s) => s.role)),
      text: text.slice(slice.start, slice.end),
    });
    return {
      id,
      source: doc.source,
      index,
      doc: normalized,
      start: slice.start,
      end: slice.end,
      meta: applyOverrides(meta, overrides),
      sections: toSections(normalized, outline),
      sentences,
    };
  });
}
