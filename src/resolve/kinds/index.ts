import type { EntityKind } from "../../domain/index.ts";
import type { KindResolver } from "./context.ts";
import { resolveDepartments } from "./department.ts";
import { resolveIndicators } from "./indicator.ts";
import { resolveOrganizations } from "./organization.ts";
import { resolveProblems } from "./problem.ts";
import { resolveProjects } from "./project.ts";

export { createContext, type KindOutput, type KindResolver, type ResolveContext } from "./context.ts";
export { resolveResponsibilities } from "./responsibilities.ts";

/** One resolver per entity kind: the rules that turn its records into graph rows. */
export const kindResolvers = {
  indicator: resolveIndicators,
  project: resolveProjects,
  department: resolveDepartments,
  organization: resolveOrganizations,
  problem: resolveProblems,
} satisfies { [K in EntityKind]: KindResolver<K> };
