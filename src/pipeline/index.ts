export { extractDocument, toExtractedReport } from "./extract-document.ts";
export { ingestPaths, ingestText, type IngestOptions, type IngestProgress, type TextMeta } from "./ingest.ts";
export { ingestDocument, type DocumentIngestOptions } from "./ingest-document.ts";
export type { IngestSummary, IngestFailure } from "./ingest-summary.ts";
export { loadAliases, AliasesFileError, DEFAULT_ALIASES_FILE } from "./aliases-file.ts";
export { IngestInterruptedError, IngestStoppedError } from "./ingest-interrupted.ts";
