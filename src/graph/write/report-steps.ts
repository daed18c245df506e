import type { ReportGraph, SupportRow } from "../../resolve/index.ts";
import type { Step, StatementRunner } from "./statement-runner.ts";
import type { Touched } from "./touched.ts";

/** Recomputes derived properties of `touched` entities, then deletes those left orphaned. */
export async function settleShared(run: StatementRunner, touched: Touched): Promise<void> {
  await run.runAll([
    ["refresh-projects", { keys: touched.projects }],
    ["refresh-departments", { keys: touched.departments }],
    ["refresh-organizations", { keys: touched.organizations }],
    ["refresh-problems", { keys: touched.problems }],
    ["refresh-indicators", { keys: touched.indicators }],
    ["refresh-places", { issuers: touched.issuers, regions: touched.regions }],
    ["delete-orphans", touched],
  ]);
}

const supportsOf = (graph: ReportGraph, label: SupportRow["label"]) => graph.supports.filter((row) => row.label === label);

/**
 * The statements that write every row of the report with `UNWIND … MERGE`, one per
 * label, in the order they must run (a statement only matches nodes an earlier one wrote).
 */
export function reportSteps(graph: ReportGraph): Step[] {
  const reportId = graph.report.id;
  return [
    ["upsert-report", { report: graph.report, issuers: graph.issuer ? [graph.issuer] : [], regions: graph.region ? [graph.region] : [] }],
    ["upsert-sections", { reportId, rows: graph.sections }],
    ["upsert-evidence", { reportId, rows: graph.evidence }],
    ["upsert-projects", { reportId, rows: graph.projects }],
    ["upsert-departments", { reportId, rows: graph.departments }],
    ["upsert-organizations", { reportId, rows: graph.organizations }],
    ["upsert-problems", { reportId, rows: graph.problems }],
    ["upsert-indicators", { rows: graph.indicators }],
    ["upsert-observations", { reportId, rows: graph.observations }],
    ["upsert-responsibilities", { reportId, rows: graph.responsibilities }],
    [
      "link-supports",
      {
        projects: supportsOf(graph, "Project"),
        departments: supportsOf(graph, "Department"),
        organizations: supportsOf(graph, "Organization"),
        problems: supportsOf(graph, "Problem"),
        observations: supportsOf(graph, "Observation"),
      },
    ],
  ];
}
