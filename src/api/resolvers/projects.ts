import { z } from "zod";
import { ProjectsArgs, RecurringProjectsArgs, parseArgs } from "../inputs.ts";
import { pageWindow, toConnection, windowParams } from "../pagination.ts";
import { departmentRef, evidenceList, projectRef } from "../refs.ts";
import { DepartmentRefRow, ProjectMentionRow, ProjectRefRow, YearsSchema } from "../rows.ts";
import type { GraphQLResolveInfo } from "graphql";
import { nestedLimit } from "../selection.ts";
import { nestedSlice, type ResolverDeps } from "./deps.ts";

// recurring-projects.cypher and projects.cypher return the same row.
const ActivityRow = z.object({
  project: ProjectRefRow,
  years: YearsSchema,
  reportCount: z.number().int(),
  mentions: z.array(ProjectMentionRow),
  departments: z.array(DepartmentRefRow),
});
type ActivityRow = z.infer<typeof ActivityRow>;

function toActivity(row: ActivityRow) {
  return {
    project: projectRef(row.project),
    years: row.years,
    yearCount: row.years.length,
    reportCount: row.reportCount,
    mentions: row.mentions.map((mention) => ({ ...mention, evidence: evidenceList(mention.evidence) })),
    departments: row.departments.map(departmentRef),
  };
}

const TIMELINE_LIMIT = 1000;

export function projectResolvers({ read, limits }: ResolverDeps) {
  // Only as many mentions as the query shows; departments are a short list, fetched whole.
  // `timeline` shows every mention, up to TIMELINE_LIMIT.
  const nested = (info: GraphQLResolveInfo) => ({
    mentionLimit: Math.max(nestedLimit(info, ["items", "mentions"], limits), nestedLimit(info, ["items", "timeline"], limits) > 0 ? TIMELINE_LIMIT : 0),
    departmentLimit: limits.maxPageSize,
  });
  return {
    Query: {
      recurringProjects: async (_parent: unknown, args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        const { minYears, issuer, first, after } = parseArgs(RecurringProjectsArgs, args);
        const window = pageWindow(first, after, limits);
        const rows = await read("recurring-projects", { minYears, issuer, ...nested(info), ...windowParams(window) }, ActivityRow);
        return toConnection(rows, window, toActivity);
      },
      projects: async (_parent: unknown, args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        const { first, after, ...filter } = parseArgs(ProjectsArgs, args);
        const window = pageWindow(first, after, limits);
        const rows = await read("projects", { ...filter, ...nested(info), ...windowParams(window) }, ActivityRow);
        return toConnection(rows, window, toActivity);
      },
    },
    ProjectActivity: {
      mentions: (parent: { mentions: readonly unknown[] }, args: unknown) => nestedSlice(parent.mentions, args, limits),
    },
  };
}
