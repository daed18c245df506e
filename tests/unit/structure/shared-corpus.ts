import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceDocument } from "../../../src/domain/index.ts";

/** The shared corpus and dev gold files sit next to the repository, not inside it. */
export const SHARED = join(import.meta.dirname, "..", "..", "..", "..", "shared");
export const sharedPresent = existsSync(join(SHARED, "corpus"));

export function corpusFiles(folder: string): string[] {
  const dir = join(SHARED, "corpus", folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f)) : [];
}

export const txtDocument = (source: string, text: string = readFileSync(source, "utf8")): SourceDocument => ({
  source,
  format: "txt",
  encoding: "utf-8",
  text,
});

export const skipNotice = (what: string): void => {
  if (!sharedPresent) console.warn(`Skipping ${what}: ${SHARED} is absent (the shared corpus sits next to the repository).`);
};
