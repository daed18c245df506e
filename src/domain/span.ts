import { z } from "zod";

/** Half-open character range [start, end) in JavaScript string indices. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/**
 * The sentence a fact came from. `start`/`end` index the ORIGINAL decoded text of the
 * source file (before normalisation), so a reader can highlight it in the file.
 */
export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Evidence as a record carries it once extracted: the sentence and the report it is in. */
export const ReportEvidenceSchema = EvidenceSchema.extend({ reportId: z.string() });
export type ReportEvidence = z.infer<typeof ReportEvidenceSchema>;
