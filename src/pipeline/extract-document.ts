import { createHash } from "node:crypto";
import type { ExtractedReport, ReportMetaOverride, SourceDocument, StructuredReport } from "../domain/index.ts";
import { originalSpan } from "../text/index.ts";
import { structureDocument } from "../structure/index.ts";
import { extractReport } from "../extract/index.ts";

/** Turns one structured report into the record the CLI prints and the graph stores. */
export function toExtractedReport(report: StructuredReport): ExtractedReport {
  const { responsibilities, diagnostics, ...entities } = extractReport(report);
  const span = originalSpan(report.doc, report.start, report.end);
  const contentHash = createHash("sha256").update(report.doc.original.slice(span.start, span.end)).digest("hex");
  return {
    id: report.id,
    source: report.source,
    contentHash,
    start: span.start,
    end: span.end,
    ...report.meta,
    sections: [...report.sections],
    ...entities,
    responsibilities,
    diagnostics,
  };
}

/** read → structure → extract for one decoded document. */
export function extractDocument(doc: SourceDocument, overrides: ReportMetaOverride = {}): ExtractedReport[] {
  return structureDocument(doc, overrides).map(toExtractedReport);
}
