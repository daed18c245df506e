// counters.ts, not the write barrel: `govkg extract` sums summaries without loading the driver.
import { addCounters, ZERO_COUNTERS, type WriteCounters } from "../graph/write/counters.ts";

/** A file or report that did not land, and why. */
export interface IngestFailure {
  readonly source: string;
  /** Null when the file failed before any report was found in it. */
  readonly reportId: string | null;
  readonly code: string;
  readonly message: string;
}

/** What an ingest did: the figures the CLI prints and the GraphQL mutation returns. */
export interface IngestSummary extends WriteCounters {
  readonly files: number;
  /** Reports found in the files (written, unchanged or failed when ingesting). */
  readonly reports: number;
  readonly reportsWritten: number;
  readonly reportsSkipped: number;
  readonly reportsRemoved: number;
  readonly reportsFailed: number;
  readonly failures: readonly IngestFailure[];
  /** Files inside the given directories that are not in a readable format (a MANIFEST.csv). */
  readonly ignored: readonly string[];
  readonly bytes: number;
  readonly diagnostics: number;
  /** The reports' diagnostics counted by code (`placeholder_value`: 3). */
  readonly diagnosticCounts: Readonly<Record<string, number>>;
  readonly extractMs: number;
  readonly writeMs: number;
  readonly durationMs: number;
}

export const EMPTY_SUMMARY: IngestSummary = {
  ...ZERO_COUNTERS,
  files: 0,
  reports: 0,
  reportsWritten: 0,
  reportsSkipped: 0,
  reportsRemoved: 0,
  reportsFailed: 0,
  failures: [],
  ignored: [],
  bytes: 0,
  diagnostics: 0,
  diagnosticCounts: {},
  extractMs: 0,
  writeMs: 0,
  durationMs: 0,
};

/** Adds one step's figures to the running summary. */
export function addToSummary(summary: IngestSummary, step: Partial<Omit<IngestSummary, keyof WriteCounters>> & { counters?: WriteCounters }): IngestSummary {
  const counters = step.counters ? addCounters(summary, step.counters) : summary;
  return {
    ...summary,
    ...pickCounters(counters),
    files: summary.files + (step.files ?? 0),
    reports: summary.reports + (step.reports ?? 0),
    reportsWritten: summary.reportsWritten + (step.reportsWritten ?? 0),
    reportsSkipped: summary.reportsSkipped + (step.reportsSkipped ?? 0),
    reportsRemoved: summary.reportsRemoved + (step.reportsRemoved ?? 0),
    reportsFailed: summary.reportsFailed + (step.reportsFailed ?? 0),
    failures: [...summary.failures, ...(step.failures ?? [])],
    ignored: [...summary.ignored, ...(step.ignored ?? [])],
    bytes: summary.bytes + (step.bytes ?? 0),
    diagnostics: summary.diagnostics + (step.diagnostics ?? 0),
    diagnosticCounts: addCounts(summary.diagnosticCounts, step.diagnosticCounts ?? {}),
    extractMs: summary.extractMs + (step.extractMs ?? 0),
    writeMs: summary.writeMs + (step.writeMs ?? 0),
    durationMs: summary.durationMs + (step.durationMs ?? 0),
  };
}

function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [code, count] of Object.entries(b)) sum[code] = (sum[code] ?? 0) + count;
  return Object.fromEntries(Object.entries(sum).sort(([x], [y]) => x.localeCompare(y)));
}

/** Sums two summaries (for example one per document). */
export function mergeSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  return addToSummary(a, { ...b, counters: pickCounters(b) });
}

function pickCounters(c: WriteCounters): WriteCounters {
  return {
    nodesCreated: c.nodesCreated,
    nodesDeleted: c.nodesDeleted,
    relationshipsCreated: c.relationshipsCreated,
    relationshipsDeleted: c.relationshipsDeleted,
    propertiesSet: c.propertiesSet,
  };
}

/** Failures in a stable order: by source, then report. */
export const bySource = (a: IngestFailure, b: IngestFailure): number => a.source.localeCompare(b.source) || (a.reportId ?? "").localeCompare(b.reportId ?? "");
