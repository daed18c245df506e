import path from "node:path";
import type { ReportGraph } from "../../resolve/index.ts";
import { addCounters, type WriteCounters } from "./counters.ts";
import { settleUnsettled } from "./settle.ts";
import { reportSteps } from "./report-steps.ts";
import { StatementRunner, type FaultInjection } from "./statement-runner.ts";
import { inWriteTransaction } from "./write-transaction.ts";

export interface WriteOptions {
  readonly fault?: FaultInjection;
}

// Other writers (the link and pairing steps, bulk settling) open their transactions here too.
export { inWriteTransaction };

const faultFor = (graph: ReportGraph, options: WriteOptions): number | undefined => {
  const target = options.fault?.report;
  if (target === undefined) return undefined;
  const hit = target === graph.report.id || path.resolve(target) === path.resolve(graph.report.source);
  return hit ? options.fault?.afterStatements : undefined;
};

/**
 * Replaces what one report contributed, in one transaction of pipelined statements:
 * clear the old contribution, MERGE the new rows. Every shared entity either version
 * touches is marked `:Unsettled`; `settleUnsettled` recomputes their derived properties
 * (and deletes the orphans) once for the whole batch.
 */
export async function writeReportGraph(graph: ReportGraph, options: WriteOptions = {}): Promise<WriteCounters> {
  return inWriteTransaction(`ingest report ${graph.report.id}`, async (tx) => {
    const run = new StatementRunner(tx, faultFor(graph, options));
    await run.runAll([["report-clear", { id: graph.report.id }], ...reportSteps(graph)]);
    return run.counters;
  });
}

/**
 * Deletes a report in one transaction; what it referred to is left `:Unsettled`. With
 * `settle` (the default) the shared entities are settled right after, so a removal on
 * its own leaves no orphan; a batch that removes reports settles once at its end instead.
 */
export async function removeReport(id: string, options: { readonly settle?: boolean } = {}): Promise<WriteCounters> {
  const removed = await inWriteTransaction(`remove report ${id}`, async (tx) => {
    const run = new StatementRunner(tx, undefined);
    await run.runAll([
      ["report-clear", { id }],
      ["report-delete", { id }],
    ]);
    return run.counters;
  });
  return options.settle === false ? removed : addCounters(removed, await settleUnsettled());
}
