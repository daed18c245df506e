import { readFile } from "node:fs/promises";
import type { ReadError, SourceDocument } from "../domain/index.ts";

export { normalizeText, originalSpan } from "./normalize.ts";

/** Reads one file into text, or says why it cannot. (Initial version: UTF-8 text only.) */
export async function readSource(path: string): Promise<SourceDocument | ReadError> {
  try {
    const text = await readFile(path, "utf8");
    return { source: path, format: "txt", encoding: "utf-8", text };
  } catch (error) {
    return { source: path, code: "unreadable_file", message: (error as Error).message };
  }
}

/** Expands files and directories (recursively) into the list of files to read. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  return [...paths];
}

export const isReadError = (x: SourceDocument | ReadError): x is ReadError => "code" in x;
