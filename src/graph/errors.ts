import { Neo4jError } from "neo4j-driver";

/** Stable codes for everything that can go wrong between GovKG and Neo4j. */
export type GraphErrorCode =
  | "neo4j_unavailable"
  | "auth_failed"
  | "database_not_found"
  | "constraint_violation"
  | "query_invalid"
  | "transient"
  | "unexpected_row"
  | "query_failed";

export type Params = Readonly<Record<string, unknown>>;

/** An infrastructure failure: what kind (code), which named statement, its parameters and the driver's error. */
export class GraphError extends Error {
  override readonly name = "GraphError";
  readonly code: GraphErrorCode;
  readonly statement: string;
  readonly params: Params;
  readonly neo4jCode: string | undefined;

  constructor(code: GraphErrorCode, statement: string, message: string, options: { cause?: unknown; params?: Params; neo4jCode?: string } = {}) {
    super(`${message} (${code}, statement ${statement})`, options.cause === undefined ? {} : { cause: options.cause });
    this.code = code;
    this.statement = statement;
    this.params = options.params ?? {};
    this.neo4jCode = options.neo4jCode;
  }
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "ECONNREFUSED", "ECONNRESET"]);

/** Maps a driver error code onto a GovKG error code; the only place Neo4j codes are interpreted. */
export function classifyNeo4jCode(code: string): GraphErrorCode {
  if (UNAVAILABLE.has(code)) return "neo4j_unavailable";
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") return "constraint_violation";
  if (code.startsWith("Neo.ClientError.Security.")) return "auth_failed";
  if (code === "Neo.ClientError.Database.DatabaseNotFound") return "database_not_found";
  if (code.startsWith("Neo.ClientError.Statement.")) return "query_invalid";
  if (code.startsWith("Neo.TransientError.")) return "transient";
  return "query_failed";
}

/** Wraps whatever a driver call threw into a GraphError, keeping the original as the cause. */
export function toGraphError(error: unknown, statement: string, params: Params = {}): GraphError {
  if (error instanceof GraphError) return error;
  if (error instanceof Neo4jError) {
    const code = classifyNeo4jCode(error.code);
    const first = error.message.split("\n")[0] ?? error.message;
    return new GraphError(code, statement, describe(code, first), { cause: error, params, neo4jCode: error.code });
  }
  const message = error instanceof Error ? error.message : String(error);
  const nodeCode = (error as { code?: unknown } | null)?.code;
  const code = typeof nodeCode === "string" && UNAVAILABLE.has(nodeCode) ? "neo4j_unavailable" : "query_failed";
  return new GraphError(code, statement, describe(code, message), { cause: error, params });
}

function describe(code: GraphErrorCode, detail: string): string {
  switch (code) {
    case "neo4j_unavailable":
      return `Neo4j is not reachable: ${detail}. Start it with "govkg neo4j start" or set NEO4J_URI`;
    case "auth_failed":
      return `Neo4j refused the credentials: ${detail}. Check NEO4J_USER and NEO4J_PASSWORD`;
    case "database_not_found":
      return `Neo4j has no such database: ${detail}. Check NEO4J_DATABASE`;
    case "constraint_violation":
      return `a graph constraint was violated: ${detail}`;
    case "query_invalid":
      return `Neo4j rejected the statement: ${detail}`;
    case "transient":
      return `Neo4j kept failing transiently after retries: ${detail}`;
    case "unexpected_row":
      return `Neo4j returned a row of an unexpected shape: ${detail}`;
    case "query_failed":
      return `the statement failed: ${detail}`;
  }
}
