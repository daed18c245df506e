export { extractToDir, type ExtractToDirOptions, type ExtractToDirSummary } from "./extract-to-dir.ts";
export { ingestResults, type IngestResultsOptions } from "./ingest-results.ts";
export { bulkIngest, type BulkInput, type BulkOptions, type BulkSummary, type BulkTimings } from "./bulk-ingest.ts";
export { BulkError, type BulkErrorCode } from "./bulk-error.ts";
export { extractorVersion } from "./extractor-version.ts";
