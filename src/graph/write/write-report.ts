import path from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import type { ReportGraph } from "../../resolve/index.ts";
import { GraphError, toGraphError } from "../errors.ts";
import { withSession } from "../connection.ts";
import type { WriteCounters } from "./counters.ts";
import { clearReport, settleShared, touchedBy, touchedByRows, upsertReport } from "./report-steps.ts";
import { StatementRunner, type FaultInjection } from "./statement-runner.ts";
import { unionTouched } from "./touched.ts";

export interface WriteOptions {
  readonly fault?: FaultInjection;
}

// Two ingests merging the same new key can race past each other's index check, and a
// node one deletes as an orphan can be the one the other just matched: both resolve by
// running the report again once the other transaction has committed.
const RACE_CODES = new Set(["Neo.ClientError.Schema.ConstraintValidationFailed", "Neo.ClientError.Statement.EntityNotFound"]);
const RACE_ATTEMPTS = 5;

// Deadlocks are retried by the driver for a bounded time; when many writers contend
// that time can run out, and the report is simply tried again.
function isRace(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  return error.code === "transient" || (error.neo4jCode !== undefined && RACE_CODES.has(error.neo4jCode));
}

/** One managed write transaction; the driver retries deadlocks, races are retried here. */
export async function inWriteTransaction(label: string, work: (tx: ManagedTransaction) => Promise<WriteCounters>): Promise<WriteCounters> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withSession("write", (session) => session.executeWrite(work));
    } catch (error) {
      const graphError = toGraphError(error, label, {});
      if (!isRace(graphError) || attempt >= RACE_ATTEMPTS) throw graphError;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

const faultFor = (graph: ReportGraph, options: WriteOptions): number | undefined => {
  const target = options.fault?.report;
  if (target === undefined) return undefined;
  const hit = target === graph.report.id || path.resolve(target) === path.resolve(graph.report.source);
  return hit ? options.fault?.afterStatements : undefined;
};

/**
 * Replaces what one report contributed, in one transaction: clear the old contribution,
 * MERGE the new rows, refresh the shared entities either version touched, and delete
 * the ones nothing refers to any more.
 */
export async function writeReportGraph(graph: ReportGraph, options: WriteOptions = {}): Promise<WriteCounters> {
  return inWriteTransaction(`ingest report ${graph.report.id}`, async (tx) => {
    const run = new StatementRunner(tx, faultFor(graph, options));
    const before = await touchedBy(run, graph.report.id);
    await clearReport(run, graph.report.id);
    await upsertReport(run, graph);
    await settleShared(run, unionTouched(before, touchedByRows(graph)));
    return run.counters;
  });
}

/** Deletes a report and everything only it referred to, in one transaction. */
export async function removeReport(id: string): Promise<WriteCounters> {
  return inWriteTransaction(`remove report ${id}`, async (tx) => {
    const run = new StatementRunner(tx, undefined);
    const before = await touchedBy(run, id);
    await clearReport(run, id);
    await run.run("report-delete", { id });
    await settleShared(run, before);
    return run.counters;
  });
}
