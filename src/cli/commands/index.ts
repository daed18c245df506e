import type { Command } from "commander";
import { registerExtract } from "./extract.ts";
import { registerNeo4j } from "./neo4j.ts";
import { registerDb } from "./db.ts";
import { registerIngest } from "./ingest.ts";
import { registerExport } from "./export.ts";
import { registerServe } from "./serve.ts";
import { registerStart } from "./start.ts";

/** Every sub-command; each file owns one. */
export const commands: ReadonlyArray<(program: Command) => void> = [
  registerExtract,
  registerNeo4j,
  registerDb,
  registerIngest,
  registerExport,
  registerServe,
  registerStart,
];
