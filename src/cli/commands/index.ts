import type { Command } from "commander";

/** Adds one sub-command (with its options and action) to the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Every sub-command by the name it registers, each file owning one. A command's module
 * is imported only when it is needed, so `govkg extract` does not load the database
 * driver, the GraphQL server or their schemas. The order is the order of `govkg --help`.
 */
export const commands = {
  extract: () => import("./extract.ts").then((module) => module.registerExtract),
  neo4j: () => import("./neo4j.ts").then((module) => module.registerNeo4j),
  db: () => import("./db.ts").then((module) => module.registerDb),
  ingest: () => import("./ingest.ts").then((module) => module.registerIngest),
  export: () => import("./export.ts").then((module) => module.registerExport),
  serve: () => import("./serve.ts").then((module) => module.registerServe),
  start: () => import("./start.ts").then((module) => module.registerStart),
} as const satisfies Record<string, () => Promise<RegisterCommand>>;

export type CommandName = keyof typeof commands;

const isCommandName = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(commands, name);

/**
 * The commands an invocation needs: only the one it names first (`extract a.txt`), or
 * all of them when it names none (`--help`, `help extract`, a misspelt name), so help
 * lists them all and commander can suggest the nearest name.
 */
export function commandsFor(args: readonly string[]): CommandName[] {
  const [first] = args;
  return isCommandName(first) ? [first] : (Object.keys(commands) as CommandName[]);
}
