import { ENTITY_KINDS, entityKinds, type EntityKind } from "../../domain/index.ts";
import type { ReportGraph } from "../../resolve/index.ts";
import type { Step } from "./statement-runner.ts";

/** The rows of the report-graph field an upsert statement writes. */
const rowsOf = (graph: ReportGraph, field: string): readonly unknown[] => (graph as unknown as Readonly<Record<string, readonly unknown[]>>)[field] ?? [];

const upsertsOf = (kind: EntityKind) => entityKinds[kind].statements.upsert;

/**
 * The statements that write every row of the report with `UNWIND … MERGE`, in the order
 * they must run (a statement only matches nodes an earlier one wrote): the report, its
 * sections and evidence; then each kind's first statement, which writes the kind's own
 * nodes; then the kinds' further statements, which may point at any kind's nodes (an
 * observation at its project); then responsibilities and the evidence's supports.
 */
export function reportSteps(graph: ReportGraph): Step[] {
  const reportId = graph.report.id;
  const upsert = (statement: { readonly name: string; readonly rows: string }): Step => [statement.name, { reportId, rows: rowsOf(graph, statement.rows) }];
  return [
    ["upsert-report", { report: graph.report, issuers: graph.issuer ? [graph.issuer] : [], regions: graph.region ? [graph.region] : [] }],
    ["upsert-sections", { reportId, rows: graph.sections }],
    ["upsert-evidence", { reportId, rows: graph.evidence }],
    ...ENTITY_KINDS.flatMap((kind) => upsertsOf(kind).slice(0, 1).map(upsert)),
    ...ENTITY_KINDS.flatMap((kind) => upsertsOf(kind).slice(1).map(upsert)),
    ["upsert-responsibilities", { reportId, rows: graph.responsibilities }],
    ["link-supports", { rows: graph.supports }],
  ];
}
