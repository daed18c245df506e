import { GraphError } from "../graph/connection.ts";
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
