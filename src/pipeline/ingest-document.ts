import type { ReportMetaOverride, SourceDocument } from "../domain/index.ts";
import { GraphError } from "../graph/connection.ts";
import { removeReport, reportStates, supersededReports, writeReportGraph, type FaultInjection } from "../graph/write/index.ts";
import { resolveReport, type ReportGraph, type Resolver } from "../resolve/index.ts";
import { extractDocument } from "./extract-document.ts";
import { addToSummary, EMPTY_SUMMARY, type IngestFailure, type IngestSummary } from "./ingest-summary.ts";

export interface DocumentIngestOptions {
  /** Rewrite reports even when their text and resolver fingerprint are unchanged. */
  readonly force?: boolean;
  /** Test-only: fail one report's transaction part-way. */
  readonly fault?: FaultInjection;
}

// Failures that mean no report can land at all: the run stops instead of listing
// every file as failed.
const FATAL_CODES = new Set(["neo4j_unavailable", "auth_failed", "database_not_found"]);

function failureOf(source: string, reportId: string | null, error: unknown): IngestFailure {
  if (error instanceof GraphError) {
    if (FATAL_CODES.has(error.code)) throw error;
    return { source, reportId, code: error.code, message: error.message };
  }
  return { source, reportId, code: "ingest_failed", message: error instanceof Error ? error.message : String(error) };
}

const isUnchanged = (graph: ReportGraph, state: { contentHash: string | null; resolution: string | null } | undefined): boolean =>
  state !== undefined && state.contentHash === graph.report.contentHash && state.resolution === graph.report.resolution;

/**
 * extract → resolve → write for one decoded document; each report in its own
 * transaction, unchanged ones skipped, reports its source no longer yields removed.
 */
export async function ingestDocument(
  doc: SourceDocument,
  overrides: ReportMetaOverride,
  resolver: Resolver,
  options: DocumentIngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  let summary = addToSummary(EMPTY_SUMMARY, { files: 1, bytes: Buffer.byteLength(doc.text) });
  let graphs: ReportGraph[];
  try {
    const reports = extractDocument(doc, overrides);
    summary = addToSummary(summary, { diagnostics: reports.reduce((n, r) => n + r.diagnostics.length, 0) });
    graphs = reports.map((report) => resolveReport(report, resolver, doc.text.slice(report.start, report.end)));
  } catch (error) {
    return addToSummary(summary, { reportsFailed: 1, failures: [failureOf(doc.source, null, error)], durationMs: performance.now() - started });
  }
  const extracted = performance.now();
  summary = addToSummary(summary, { extractMs: extracted - started });

  const ids = graphs.map((graph) => graph.report.id);
  const states = await reportStates(ids);
  for (const graph of graphs) {
    if (!options.force && isUnchanged(graph, states.get(graph.report.id))) {
      summary = addToSummary(summary, { reportsSkipped: 1 });
      continue;
    }
    try {
      const counters = await writeReportGraph(graph, options.fault ? { fault: options.fault } : {});
      summary = addToSummary(summary, { reportsWritten: 1, counters });
    } catch (error) {
      summary = addToSummary(summary, { reportsFailed: 1, failures: [failureOf(doc.source, graph.report.id, error)] });
    }
  }
  // Older reports of this source stay until every new one has landed, so a failed
  // rewrite keeps the previous version instead of leaving a gap.
  const allLanded = summary.reportsFailed === 0;
  for (const id of allLanded ? await supersededReports(doc.source, ids) : []) {
    try {
      summary = addToSummary(summary, { reportsRemoved: 1, counters: await removeReport(id) });
    } catch (error) {
      summary = addToSummary(summary, { reportsFailed: 1, failures: [failureOf(doc.source, id, error)] });
    }
  }
  const finished = performance.now();
  return addToSummary(summary, { writeMs: finished - extracted, durationMs: finished - started });
}
