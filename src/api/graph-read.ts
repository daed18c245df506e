import type { z } from "zod";
import { cypher, readQuery, type Params, type Statement } from "../graph/connection.ts";
import { listCypher } from "../graph/cypher-files.ts";
import { translateGraphError } from "./errors.ts";

/** Runs one named statement of cypher/api/ and returns its rows checked against `row`. */
export type GraphRead = <S extends z.ZodType>(name: string, params: Params, row: S) => Promise<z.infer<S>[]>;

/** Loads every statement of cypher/api/ once, so a missing file fails at start-up. */
export function createGraphRead(): GraphRead {
  const statements = new Map<string, Statement>(listCypher("api").map((name) => [name, cypher(name)]));
  return async (name, params, row) => {
    const statement = statements.get(`api/${name}`);
    if (!statement) throw new Error(`no statement cypher/api/${name}.cypher`);
    try {
      return await readQuery(statement, params, row);
    } catch (error) {
      throw translateGraphError(error);
    }
  };
}
