export { ensureNeo4j, stopNeo4j, neo4jStatus, type Neo4jHandle, type EnsureOptions, type StopOutcome, type Neo4jStatus } from "./manage.ts";
export type { Progress } from "./resolve-jars.ts";
export { shareResolvedJars } from "./shared-jars.ts";
