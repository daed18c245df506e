import type { DiagnosticCode, ReadError } from "../domain/index.ts";

/** What a format reader yields before the file name is attached. */
export type FormatOutcome =
  | { readonly ok: true; readonly text: string; readonly encoding: string | null }
  | { readonly ok: false; readonly code: DiagnosticCode; readonly reason: string };

export type FormatFailure = Extract<FormatOutcome, { ok: false }>;

export const success = (text: string, encoding: string | null): FormatOutcome => ({ ok: true, text, encoding });

export const failure = (code: DiagnosticCode, reason: string): FormatFailure => ({ ok: false, code, reason });

/** Standard input has no name of its own; messages still need one. */
export const displayName = (source: string): string => (source === "-" ? "standard input" : source);

/** Every read error names the file first, so a batch report can be read line by line. */
export function readError(source: string, code: DiagnosticCode, reason: string): ReadError {
  return { source, code, message: `${displayName(source)}: ${reason}` };
}
