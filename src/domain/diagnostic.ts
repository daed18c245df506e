import { z } from "zod";

/** Stable codes for expected data problems; they are values, not exceptions. */
export const DiagnosticCodeSchema = z.enum([
  "unknown_encoding",
  "empty_file",
  "binary_file",
  "unsupported_format",
  "unreadable_file",
  "no_text_layer",
  "file_too_large",
  "invalid_sidecar",
  "placeholder_value",
  "placeholder_name",
  "placeholder_year",
  "unparsed_amount",
  "truncated_text",
]);
export type DiagnosticCode = z.infer<typeof DiagnosticCodeSchema>;

export const DiagnosticSchema = z.object({
  code: DiagnosticCodeSchema,
  message: z.string(),
  source: z.string().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** A file that could not be read at all; the batch goes on without it. */
export const ReadErrorSchema = z.object({
  source: z.string(),
  code: DiagnosticCodeSchema,
  message: z.string(),
});
export type ReadError = z.infer<typeof ReadErrorSchema>;
