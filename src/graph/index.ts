// The graph folder's surface: the only importer of neo4j-driver, seen from the other stages.
export {
  closeDriver,
  connectionSettings,
  cypher,
  CYPHER_DIR,
  GraphError,
  readGraphVersion,
  readQuery,
  type ConnectionSettings,
  type GraphErrorCode,
  type Params,
  type Statement,
  type WriteSummary,
} from "./connection.ts";
export { missingStatements } from "./cypher-files.ts";
export { migrate, wipeGraph, type MigrationResult } from "./migrate.ts";
export * from "./write/index.ts";
export * from "./export/index.ts";
export type { ExportNode, ExportRelationship } from "./export/read-graph.ts";
export * from "./admin/index.ts";
