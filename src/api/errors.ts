import { GraphQLError } from "./graphql-runtime.ts";
import { GraphError } from "../graph/index.ts";

/** Codes a client can act on; anything else reaches it only as Yoga's masked "Unexpected error.". */
export type ApiErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "INGEST_DISABLED"
  | "DEPTH_LIMIT_EXCEEDED"
  | "COST_LIMIT_EXCEEDED"
  | "PAYLOAD_TOO_LARGE"
  | "GRAPH_UNAVAILABLE";

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  INGEST_DISABLED: 403,
  DEPTH_LIMIT_EXCEEDED: 400,
  COST_LIMIT_EXCEEDED: 400,
  PAYLOAD_TOO_LARGE: 413,
  GRAPH_UNAVAILABLE: 503,
};

/** An expected error: passes Yoga's masking with its message and code intact. */
export function apiError(code: ApiErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: HTTP_STATUS[code] } } });
}

/**
 * A database that is down is worth telling the client about; every other graph failure
 * (bad statement, unexpected row) is a bug and stays masked.
 */
export function translateGraphError(error: unknown): unknown {
  if (error instanceof GraphError && error.code === "neo4j_unavailable") {
    return apiError("GRAPH_UNAVAILABLE", "The graph database is unavailable; try again later.");
  }
  return error;
}
