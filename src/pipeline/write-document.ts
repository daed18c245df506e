import { GraphError } from "../graph/connection.ts";
import { removeReport, reportStates, supersededReports, writeReportGraph, type FaultInjection } from "../graph/write/index.ts";
import type { ReportGraph } from "../resolve/index.ts";
import { addToSummary, EMPTY_SUMMARY, type IngestFailure, type IngestSummary } from "./ingest-summary.ts";

export interface WriteDocumentOptions {
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
 * Writes the reports one source yielded, each in its own transaction; unchanged ones
 * are skipped, and reports the source no longer yields are removed once every new one
 * has landed. Throws a GraphError only when Neo4j cannot be used at all.
 */
export async function writeDocument(source: string, graphs: readonly ReportGraph[], options: WriteDocumentOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  let summary = EMPTY_SUMMARY;
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
      summary = addToSummary(summary, { reportsFailed: 1, failures: [failureOf(source, graph.report.id, error)] });
    }
  }
  // Older reports of this source stay until every new one has landed, so a failed
  // rewrite keeps the previous version instead of leaving a gap.
  const allLanded = summary.reportsFailed === 0;
  for (const id of allLanded ? await supersededReports(source, ids) : []) {
    try {
      summary = addToSummary(summary, { reportsRemoved: 1, counters: await removeReport(id, { settle: false }) });
    } catch (error) {
      summary = addToSummary(summary, { reportsFailed: 1, failures: [failureOf(source, id, error)] });
    }
  }
  return addToSummary(summary, { writeMs: performance.now() - started });
}
