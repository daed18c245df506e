import type { z } from "zod";
import { cypher, readQuery, type Params, type Statement } from "../graph/index.ts";
import { translateGraphError } from "./errors.ts";

/** The statements of cypher/api/, one file each. */
const STATEMENT_NAMES = [
  "health",
  "reports",
  "report",
  "recurring-projects",
  "projects",
  "indicator-series",
  "recurring-problems",
  "problems",
  "departments",
  "search",
  "node",
  "stats",
  "reports-by-id",
  "target-outcomes",
  "target-comparison",
  "commitments",
] as const;
export type StatementName = (typeof STATEMENT_NAMES)[number];

/** Runs one named statement of cypher/api/ and returns its rows checked against `row`. */
export type GraphRead = <S extends z.ZodType>(name: StatementName, params: Params, row: S) => Promise<z.infer<S>[]>;

/** Loads every statement once, so a missing file fails at start-up rather than on first use. */
export function createGraphRead(): GraphRead {
  const statements = new Map<StatementName, Statement>(STATEMENT_NAMES.map((name) => [name, cypher(`api/${name}`)]));
  return async (name, params, row) => {
    try {
      return await readQuery(statements.get(name) as Statement, params, row);
    } catch (error) {
      throw translateGraphError(error);
    }
  };
}
