import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { graphStats, type GraphStats } from "./admin/graph-stats.ts";
import { CYPHER_DIR, loadCypher, readQuery, runAutoCommit, type Statement } from "./connection.ts";

const SCHEMA_FOLDER = "schema";
// Index population on an empty graph takes well under a second; a big graph may take minutes.
const AWAIT_INDEXES_SECONDS = 300;

/** Names of the .cypher files in one folder of cypher/, in name order. */
export function listCypher(folder: string): string[] {
  return readdirSync(path.join(CYPHER_DIR, folder))
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -".cypher".length)}`);
}

/**
 * Splits a file of several statements on semicolons that end a line; comment
 * lines go first so a semicolon inside "//" text cannot split a statement.
 */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Every schema statement, named "<file>#<n>" so a failure points at its line of origin. */
export function schemaStatements(): Statement[] {
  return listCypher(SCHEMA_FOLDER).flatMap((file) =>
    splitStatements(loadCypher(file)).map((text, index) => ({ name: `${file}#${index + 1}`, text })),
  );
}

const NameRow = z.object({ name: z.string() });

export interface MigrationResult {
  readonly statements: number;
  readonly constraints: readonly string[];
  readonly indexes: readonly string[];
}

/**
 * Applies cypher/schema/*.cypher in name order (CREATE … IF NOT EXISTS, so running
 * it again changes nothing) and waits until every index is online.
 */
export async function migrate(): Promise<MigrationResult> {
  const statements = schemaStatements();
  // Schema commands cannot share a transaction with each other or with writes.
  for (const statement of statements) await runAutoCommit(statement);
  await runAutoCommit({ name: "await-indexes", text: `CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})` });
  return { statements: statements.length, ...(await schemaNames()) };
}

/** Names of the constraints and indexes the database has now, sorted. */
export async function schemaNames(): Promise<{ constraints: string[]; indexes: string[] }> {
  const constraints = await readQuery({ name: "show-constraints", text: "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name" }, {}, NameRow);
  const indexes = await readQuery({ name: "show-indexes", text: "SHOW INDEXES YIELD name RETURN name ORDER BY name" }, {}, NameRow);
  return { constraints: constraints.map((row) => row.name), indexes: indexes.map((row) => row.name) };
}

/** Deletes every node and relationship (schema stays), in batches; returns what there was. */
export async function wipeGraph(): Promise<GraphStats> {
  const before = await graphStats();
  await runAutoCommit("admin/wipe-relationships");
  await runAutoCommit("admin/wipe-all");
  return before;
}
