export { exportGraph, streamGraph, EXPORT_FORMATS, type Exporter, type ExportFormat, type ExportSummary } from "./export-graph.ts";
export { NODE_SCHEMA, RELATIONSHIP_SCHEMA } from "./export-schema.ts";
export { JsonlExport } from "./jsonl-export.ts";
