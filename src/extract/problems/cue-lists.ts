import { z } from "zod";
import { readDataTable } from "../../domain/index.ts";

const compiles = (pattern: string): boolean => {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
};

// One alternative of a cue pattern (a word, or a word with the lookarounds that limit
// it), then optionally why it is there.
const CueLineSchema = z.tuple([z.string().min(1).refine(compiles, "not a valid pattern")], z.string());

/**
 * The alternatives of `data/<name>.tsv`, in file order, joined into one alternation
 * (`仍需|还需|…`): order matters where two alternatives match at the same place.
 */
export function cueAlternation(name: string): string {
  const rows = readDataTable(new URL(`./data/${name}.tsv`, import.meta.url), CueLineSchema, '"pattern" or "pattern<TAB>reason"');
  return rows.map(({ row: [pattern] }) => pattern).join("|");
}
