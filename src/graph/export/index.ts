export { exportGraph, streamGraph, EXPORT_FORMATS, type Exporter, type ExportFormat, type ExportSummary } from "./export-graph.ts";
export { JsonlExport } from "./jsonl-export.ts";
