import { z } from "zod";
import { DiagnosticSchema, ReadErrorSchema } from "./diagnostic.ts";
import { ReportMetaSchema, SectionSchema } from "./report.ts";
import { ResponsibilitySchema } from "./entities.ts";
import { entityListShape } from "./entity-kinds.ts";
import { ReportEvidenceSchema } from "./span.ts";

/** A responsibility as extracted: its evidence names its report. */
export const ResponsibilityRecordSchema = ResponsibilitySchema.extend({ evidence: ReportEvidenceSchema });
export type ResponsibilityRecord = z.infer<typeof ResponsibilityRecordSchema>;

/** One report as printed by `govkg extract --json` and consumed by the graph writer. */
export const ExtractedReportSchema = ReportMetaSchema.extend({
  id: z.string(),
  source: z.string(),
  /** sha256 of the report's own text: unchanged text means nothing to rewrite. */
  contentHash: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sections: z.array(SectionSchema),
  ...entityListShape(),
  responsibilities: z.array(ResponsibilityRecordSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type ExtractedReport = z.infer<typeof ExtractedReportSchema>;

export const ExtractOutputSchema = z.object({
  reports: z.array(ExtractedReportSchema),
  errors: z.array(ReadErrorSchema),
});
export type ExtractOutput = z.infer<typeof ExtractOutputSchema>;
