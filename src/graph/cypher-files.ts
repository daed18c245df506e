import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** A named Cypher statement; the name is its file under cypher/ without the extension. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

const NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const cache = new Map<string, string>();

/** Reads cypher/<name>.cypher once; names are kebab-case paths, never user input. */
export function loadCypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!NAME.test(name)) throw new Error(`invalid Cypher file name "${name}" (expected kebab-case such as "schema/constraints")`);
  const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
  cache.set(name, text);
  return text;
}

/** The named statement from cypher/<name>.cypher. */
export function cypher(name: string): Statement {
  return { name, text: loadCypher(name) };
}

/** The names among `names` that have no cypher/<name>.cypher (a misspelt or removed statement). */
export function missingStatements(names: Iterable<string>): string[] {
  return [...new Set(names)].filter((name) => !NAME.test(name) || !existsSync(path.join(CYPHER_DIR, `${name}.cypher`))).sort();
}
