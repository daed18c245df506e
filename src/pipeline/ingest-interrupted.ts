import { GraphError } from "../graph/index.ts";
import type { IngestSummary } from "./ingest-summary.ts";

/**
 * Neo4j went away in the middle of a batch. What landed stays (each report is one
 * transaction); `summary.failures` names every file that did not land, so a rerun after
 * the restart completes the batch.
 */
export class IngestInterruptedError extends GraphError {
  readonly summary: IngestSummary;

  constructor(cause: GraphError, summary: IngestSummary) {
    super(cause.code, cause.statement, `ingest stopped: ${cause.message}`, {
      cause,
      params: cause.params,
      ...(cause.neo4jCode === undefined ? {} : { neo4jCode: cause.neo4jCode }),
    });
    this.summary = summary;
  }
}

/**
 * The run was asked to stop (Ctrl-C, SIGTERM): it took no further file, let the files in
 * flight finish (each report commits whole or rolls back), and `summary.failures` names
 * every file it did not write, so a rerun completes the batch.
 */
export class IngestStoppedError extends Error {
  override readonly name = "IngestStoppedError";
  readonly code = "interrupted";
  readonly summary: IngestSummary;
  /** What stopped the run: the abort reason, such as "SIGINT". */
  readonly reason: string;

  constructor(reason: string, summary: IngestSummary) {
    super(`ingest stopped by ${reason} before every file was written; a rerun completes the batch`);
    this.reason = reason;
    this.summary = summary;
  }
}
