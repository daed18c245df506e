export { exportGraph, EXPORT_FORMATS, type ExportFormat, type ExportSummary } from "./export-graph.ts";
export { NODE_SCHEMA, RELATIONSHIP_SCHEMA } from "./export-schema.ts";
