import type { Diagnostic, StructuredReport } from "../domain/index.ts";

/** What every extractor returns: records plus the expected data problems it met. */
export interface ExtractorResult<T> {
  readonly records: readonly T[];
  readonly diagnostics: readonly Diagnostic[];
}

export type Extractor<T> = (report: StructuredReport) => ExtractorResult<T>;
