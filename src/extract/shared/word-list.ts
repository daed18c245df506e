import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readDataTable } from "../../domain/index.ts";

/** A line of a word list: the word, then (after a tab) why it is there when the file's header does not say. */
const WordLineSchema = z.tuple([z.string().regex(/^\S+$/u)], z.string());

/**
 * The words of a word list shipped with GovKG (`data/*.tsv`), in file order (the order
 * matters where words of one length compete in a pattern). A word listed twice is a
 * mistake in the list and stops the program at start.
 */
export function readWords(url: URL): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const { row: [word], line } of readDataTable(url, WordLineSchema, '"word" or "word<TAB>reason"')) {
    if (seen.has(word)) throw new Error(`${path.basename(fileURLToPath(url))} line ${line}: ${word} is listed twice`);
    seen.add(word);
    words.push(word);
  }
  return words;
}
