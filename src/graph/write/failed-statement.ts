import type { Params } from "../connection.ts";

/** The statement a transaction failed in, with a short account of its parameters. */
export interface FailedStatement {
  readonly statement: string;
  readonly params: Params;
}

// The driver retries a transaction only when it sees its own error class, so the error
// keeps its identity and the statement travels beside it until the retries are over.
const failures = new WeakMap<object, FailedStatement>();

const MAX_TEXT = 80;

/** A parameter as an error shows it: lists by their length, long text cut, objects by their fields. */
export function summarizeParam(value: unknown): unknown {
  if (Array.isArray(value)) return `${value.length} rows`;
  if (typeof value === "string") return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}… (${value.length} chars)` : value;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, summarizeParam(field)]));
  }
  return value;
}

/** Every parameter summarized (see summarizeParam): what a failing write carries in its error. */
export function summarizeParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, summarizeParam(value)]));
}

/** Remembers which statement `error` came from (the first one noted wins) and returns the error unchanged. */
export function noteFailedStatement(error: unknown, statement: string, params: Params): unknown {
  if (error !== null && typeof error === "object" && !failures.has(error)) {
    failures.set(error, { statement, params: summarizeParams(params) });
  }
  return error;
}

/** The statement noted for `error`, if any. */
export function failedStatementOf(error: unknown): FailedStatement | undefined {
  return error !== null && typeof error === "object" ? failures.get(error) : undefined;
}
