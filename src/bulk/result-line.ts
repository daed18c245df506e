import { createHash } from "node:crypto";
import { z } from "zod";
import { ExtractedReportSchema, ReportMetaOverrideSchema, type ReportMetaOverride } from "../domain/index.ts";

/**
 * One line of an extraction result: one report, with the text it was extracted from
 * (what the graph stores and the link step searches), and the extractor that made it.
 */
export const ResultLineSchema = z
  .object({
    extractor: z.string().min(1),
    report: ExtractedReportSchema,
    text: z.string(),
  })
  .strict()
  .refine((line) => line.text.length === line.report.end - line.report.start, {
    message: "text length does not match the report's start and end",
    path: ["text"],
  });
export type ResultLine = z.infer<typeof ResultLineSchema>;

export type ParsedLine = { readonly ok: true; readonly line: ResultLine } | { readonly ok: false; readonly message: string };

/** Parses and checks one JSONL line; a bad line is a value naming what is wrong. */
export function parseResultLine(text: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${(error as Error).message}` };
  }
  const parsed = ResultLineSchema.safeParse(json);
  if (parsed.success) return { ok: true, line: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(line)"}: ${issue.message}`);
  return { ok: false, message: issues.join("; ") };
}

/** What a result file's name is computed from. */
export interface ResultKey {
  readonly extractor: string;
  /** The name reports of this file are recorded under (see sourceName). */
  readonly source: string;
  readonly bytes: Uint8Array;
  /** The sidecar's bytes, or null when there is none. */
  readonly sidecar: Uint8Array | null;
  readonly overrides: ReportMetaOverride;
}

/**
 * The content address of one source's results: a digest of the source bytes, the
 * extractor version, and what else decides the records (the name the reports carry,
 * the sidecar and the metadata flags), so equal inputs give one file on any machine.
 */
export function resultFileName(key: ResultKey): string {
  const overrides = ReportMetaOverrideSchema.parse(key.overrides);
  const hash = createHash("sha256")
    .update(`govkg-extract\u0000${key.extractor}\u0000${key.source}\u0000`)
    .update(key.bytes)
    .update(key.sidecar === null ? "\u0000-" : "\u0000+")
    .update(key.sidecar ?? new Uint8Array())
    .update(`\u0000${JSON.stringify(Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b)))}`);
  return `${hash.digest("hex").slice(0, 40)}.jsonl`;
}
