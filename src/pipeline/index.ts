export { extractDocument, toExtractedReport } from "./extract-document.ts";
export { ingestPaths, ingestText, textSource, type IngestOptions, type IngestProgress, type TextMeta, type TextIngestSummary } from "./ingest.ts";
export { extractPaths, type ExtractRun } from "./extract-paths.ts";
export { writeDocument, type WriteDocumentOptions } from "./write-document.ts";
export { pipelineSettings, defaultWorkers, DEFAULT_MAX_FILE_MB, type PipelineSettings } from "./settings.ts";
export type { IngestSummary, IngestFailure } from "./ingest-summary.ts";
export { loadAliases, AliasesFileError, DEFAULT_ALIASES_FILE } from "./aliases-file.ts";
export { IngestInterruptedError, IngestStoppedError } from "./ingest-interrupted.ts";
