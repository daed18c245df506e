import type { ManagedTransaction } from "neo4j-driver";
import { GraphError, toGraphError } from "../errors.ts";
import { withSession } from "../connection.ts";
import type { WriteCounters } from "./counters.ts";
import { failedStatementOf } from "./failed-statement.ts";

// Two ingests merging the same new key can race past each other's index check, and a
// node one deletes as an orphan can be the one the other just matched: both resolve by
// running the report again once the other transaction has committed.
const RACE_CODES = new Set(["Neo.ClientError.Schema.ConstraintValidationFailed", "Neo.ClientError.Statement.EntityNotFound"]);
const RACE_ATTEMPTS = 5;

// Deadlocks are retried by the driver for a bounded time; when many writers contend
// that time can run out, and the report is simply tried again.
function isRace(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  return error.code === "transient" || (error.neo4jCode !== undefined && RACE_CODES.has(error.neo4jCode));
}

/**
 * One managed write transaction; the driver retries deadlocks, races are retried here.
 * A failure names the statement it happened in and its parameters (summarized), and
 * `label` (the report or scope) in its message.
 */
export async function inWriteTransaction(label: string, work: (tx: ManagedTransaction) => Promise<WriteCounters>): Promise<WriteCounters> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withSession("write", (session) => session.executeWrite(work));
    } catch (error) {
      const failed = failedStatementOf(error);
      const graphError = failed ? inLabel(toGraphError(error, failed.statement, failed.params), label) : toGraphError(error, label, {});
      if (!isRace(graphError) || attempt >= RACE_ATTEMPTS) throw graphError;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** The error with the unit of work it failed in put in front of its message. */
function inLabel(error: GraphError, label: string): GraphError {
  if (error.message.startsWith(label)) return error;
  const detail = error.message.replace(/ \([a-z_]+, statement [^)]*\)$/u, "");
  return new GraphError(error.code, error.statement, `${label}: ${detail}`, {
    cause: error.cause,
    params: error.params,
    ...(error.neo4jCode === undefined ? {} : { neo4jCode: error.neo4jCode }),
  });
}
