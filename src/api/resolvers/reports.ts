import { z } from "zod";
import { IdArgs, ReportsArgs, parseArgs } from "../inputs.ts";
import { pageWindow, toConnection, windowParams } from "../pagination.ts";
import { departmentRef, evidenceList, organizationRef, parseGlobalId, problemRef, projectRef } from "../refs.ts";
import {
  DepartmentRefRow,
  EvidenceRow,
  MentionFields,
  OrganizationRefRow,
  ProblemRefRow,
  ProjectRefRow,
  ReportRefRow,
} from "../rows.ts";
import { ProjectStatusSchema, SectionRoleSchema } from "../../domain/index.ts";
import type { GraphQLResolveInfo } from "graphql";
import { nestedLimit } from "../selection.ts";
import { nestedSlice, type ResolverDeps } from "./deps.ts";
import { indicatorPoint, PointRow } from "./points.ts";

const ReportsRow = z.object({ report: ReportRefRow });

const SectionRow = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  heading: z.string(),
  level: z.number().int(),
  role: SectionRoleSchema.nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

const written = { nameAsWritten: z.string().nullable(), ...MentionFields };

const ReportRow = z.object({
  report: ReportRefRow.extend({
    source: z.string().nullable(),
    contentHash: z.string().nullable(),
    ingestedAt: z.string().nullable(),
  }),
  sections: z.array(SectionRow),
  projects: z.array(z.object({ project: ProjectRefRow, status: ProjectStatusSchema.nullable(), ...written })),
  departments: z.array(z.object({ department: DepartmentRefRow, ...written })),
  organizations: z.array(z.object({ organization: OrganizationRefRow, ...written })),
  problems: z.array(z.object({ problem: ProblemRefRow, text: z.string().nullable(), ...MentionFields })),
  observations: z.array(PointRow),
  evidence: z.array(EvidenceRow),
});
type ReportRow = z.infer<typeof ReportRow>;

function toReport(row: ReportRow) {
  const { report } = row;
  return {
    ...report,
    sections: row.sections,
    evidence: row.evidence,
    entities: {
      projects: row.projects.map((m) => ({ ...m, project: projectRef(m.project), evidence: evidenceList(m.evidence) })),
      departments: row.departments.map((m) => ({ ...m, department: departmentRef(m.department), evidence: evidenceList(m.evidence) })),
      organizations: row.organizations.map((m) => ({
        ...m,
        organization: organizationRef(m.organization),
        evidence: evidenceList(m.evidence),
      })),
      problems: row.problems.map((m) => ({ ...m, problem: problemRef(m.problem), evidence: evidenceList(m.evidence) })),
      observations: row.observations.map((point) => indicatorPoint(point, report)),
    },
  };
}

export function reportResolvers({ read, limits }: ResolverDeps) {
  return {
    Query: {
      reports: async (_parent: unknown, args: unknown) => {
        const { filter, first, after } = parseArgs(ReportsArgs, args);
        const window = pageWindow(first, after, limits);
        const rows = await read("reports", { ...filter, ...windowParams(window) }, ReportsRow);
        return toConnection(rows, window, (row) => row.report);
      },
      report: async (_parent: unknown, args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        const target = parseGlobalId(parseArgs(IdArgs, args).id);
        if (!("id" in target)) return null;
        const evidenceLimit = nestedLimit(info, ["evidence"], limits);
        const rows = await read("report", { id: target.id, evidenceLimit }, ReportRow);
        const row = rows[0];
        return row ? toReport(row) : null;
      },
    },
    Report: {
      evidence: (parent: { evidence: readonly z.infer<typeof EvidenceRow>[] }, args: unknown) =>
        nestedSlice(parent.evidence, args, limits),
    },
  };
}
