import type { ResponsibilityRecord } from "../../domain/index.ts";
import type { ResponsibilityRow } from "../report-graph.ts";
import type { ResolveContext } from "./context.ts";

/** A responsibility links the resolved department and project (both mentioned by it); placeholders drop it. */
export function resolveResponsibilities(records: readonly ResponsibilityRecord[], context: ResolveContext): ResponsibilityRow[] {
  const rows: ResponsibilityRow[] = [];
  for (const r of records) {
    const department = context.mention("department", r.department, "other", r.evidence, "relation");
    const project = context.mention("project", r.project, "other", r.evidence, "relation");
    if (!department || !project) continue;
    rows.push({ departmentKey: department.key, projectKey: project.key, role: r.role, evidenceId: context.evidenceId(r.evidence) });
  }
  return rows;
}
