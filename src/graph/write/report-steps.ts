import type { ReportGraph, SupportRow } from "../../resolve/index.ts";
import type { StatementRunner } from "./statement-runner.ts";
import { NOTHING_TOUCHED, TouchedSchema, unionTouched, type Touched } from "./touched.ts";

/** Keys of the shared entities report `id` refers to now (nothing when it is new). */
export async function touchedBy(run: StatementRunner, id: string): Promise<Touched> {
  const [row] = await run.run("report-touched", { id });
  return row ? TouchedSchema.parse(row) : NOTHING_TOUCHED;
}

/** Removes what report `id` contributed, keeping the Report node. */
export async function clearReport(run: StatementRunner, id: string): Promise<void> {
  await run.run("report-clear", { id });
}

/** Recomputes derived properties of `touched` entities, then deletes those left orphaned. */
export async function settleShared(run: StatementRunner, touched: Touched): Promise<void> {
  await run.run("refresh-projects", { keys: touched.projects });
  await run.run("refresh-departments", { keys: touched.departments });
  await run.run("refresh-organizations", { keys: touched.organizations });
  await run.run("refresh-problems", { keys: touched.problems });
  await run.run("refresh-indicators", { keys: touched.indicators });
  await run.run("refresh-places", { issuers: touched.issuers, regions: touched.regions });
  await run.run("delete-orphans", touched);
}

const supportsOf = (graph: ReportGraph, label: SupportRow["label"]) => graph.supports.filter((row) => row.label === label);

/** The keys a report's rows will refer to once written. */
export function touchedByRows(graph: ReportGraph): Touched {
  return unionTouched(NOTHING_TOUCHED, {
    projects: graph.projects.map((row) => row.key),
    departments: graph.departments.map((row) => row.key),
    organizations: graph.organizations.map((row) => row.key),
    problems: graph.problems.map((row) => row.key),
    indicators: graph.indicators.map((row) => row.key),
    issuers: graph.issuer ? [graph.issuer.key] : [],
    regions: graph.region ? [graph.region.key] : [],
  });
}

/** Writes every row of the report with `UNWIND … MERGE`, one statement per label. */
export async function upsertReport(run: StatementRunner, graph: ReportGraph): Promise<void> {
  const reportId = graph.report.id;
  await run.run("upsert-report", {
    report: graph.report,
    issuers: graph.issuer ? [graph.issuer] : [],
    regions: graph.region ? [graph.region] : [],
  });
  await run.run("upsert-sections", { reportId, rows: graph.sections });
  await run.run("upsert-evidence", { reportId, rows: graph.evidence });
  await run.run("upsert-projects", { reportId, rows: graph.projects });
  await run.run("upsert-departments", { reportId, rows: graph.departments });
  await run.run("upsert-organizations", { reportId, rows: graph.organizations });
  await run.run("upsert-problems", { reportId, rows: graph.problems });
  await run.run("upsert-indicators", { rows: graph.indicators });
  await run.run("upsert-observations", { reportId, rows: graph.observations });
  await run.run("upsert-responsibilities", { reportId, rows: graph.responsibilities });
  await run.run("link-supports", {
    projects: supportsOf(graph, "Project"),
    departments: supportsOf(graph, "Department"),
    organizations: supportsOf(graph, "Organization"),
    problems: supportsOf(graph, "Problem"),
    observations: supportsOf(graph, "Observation"),
  });
}
