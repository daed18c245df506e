export type { ResolverDeps } from "./deps.ts";
export { departmentResolvers } from "./departments.ts";
export { exploreResolvers } from "./explore.ts";
export { indicatorResolvers } from "./indicators.ts";
export { ingestResolvers } from "./ingest.ts";
export { problemResolvers } from "./problems.ts";
export { projectResolvers } from "./projects.ts";
export { reportResolvers } from "./reports.ts";
export { targetResolvers } from "./targets.ts";
