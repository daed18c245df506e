import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runAutoCommit } from "../graph/connection.ts";

const SCHEMA_DIR = fileURLToPath(new URL("../../cypher/schema/", import.meta.url));

let applied: Promise<void> | undefined;

function schemaStatements(): Array<{ name: string; text: string }> {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .flatMap((file) =>
      readFileSync(`${SCHEMA_DIR}${file}`, "utf8")
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .split(/;\s*(?:\n|$)/u)
        .map((text) => text.trim())
        .filter((text) => text.length > 0)
        .map((text) => ({ name: `schema/${file.replace(/\.cypher$/u, "")}`, text })),
    );
}

/** Applies cypher/schema (constraints and indexes, all IF NOT EXISTS) once per process, before the first write. */
export function ensureSchema(): Promise<void> {
  applied ??= (async () => {
    for (const statement of schemaStatements()) await runAutoCommit(statement);
  })().catch((error: unknown) => {
    applied = undefined;
    throw error;
  });
  return applied;
}
