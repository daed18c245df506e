import { z } from "zod";
import { DepartmentsArgs, parseArgs } from "../inputs.ts";
import { pageWindow, toConnection, windowParams } from "../pagination.ts";
import { departmentRef, projectRef } from "../refs.ts";
import { DepartmentRefRow, ProjectRefRow, YearsSchema } from "../rows.ts";
import type { ResolverDeps } from "./deps.ts";

const DepartmentRow = z.object({
  department: DepartmentRefRow,
  reportCount: z.number().int(),
  years: YearsSchema,
  projects: z.array(
    z.object({
      project: ProjectRefRow,
      roles: z.array(z.string()),
      reportIds: z.array(z.string()),
    }),
  ),
});
type DepartmentRow = z.infer<typeof DepartmentRow>;

function toActivity(row: DepartmentRow) {
  return {
    department: departmentRef(row.department),
    reportCount: row.reportCount,
    years: row.years,
    projects: row.projects.map((entry) => ({ ...entry, project: projectRef(entry.project) })),
  };
}

export function departmentResolvers({ read, limits }: ResolverDeps) {
  return {
    Query: {
      departments: async (_parent: unknown, args: unknown) => {
        const { search, issuer, first, after } = parseArgs(DepartmentsArgs, args);
        const window = pageWindow(first, after, limits);
        const params = { search, issuer, nestedLimit: limits.maxPageSize, ...windowParams(window) };
        return toConnection(await read("departments", params, DepartmentRow), window, toActivity);
      },
    },
  };
}
