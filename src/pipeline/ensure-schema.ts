import { listCypher, loadCypher, splitStatements } from "../graph/cypher-files.ts";
import { runAutoCommit } from "../graph/connection.ts";

let applied: Promise<void> | undefined;

/** Applies the schema (constraints and indexes, all IF NOT EXISTS) once per process, before the first write. */
export function ensureSchema(): Promise<void> {
  applied ??= (async () => {
    for (const name of listCypher("schema")) {
      for (const statement of splitStatements(loadCypher(name))) await runAutoCommit({ name, text: statement });
    }
  })().catch((error: unknown) => {
    applied = undefined;
    throw error;
  });
  return applied;
}
