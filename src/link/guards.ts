import { readDataTable } from "../domain/index.ts";
import { WordLineSchema } from "./word-line.ts";

/** `data/link-guards.tsv`: text that, right after a known name, makes it part of a longer word; longest first. */
const FOLLOWERS: readonly string[] = readDataTable(new URL("./data/link-guards.tsv", import.meta.url), WordLineSchema, '"text<TAB>reason"')
  .map(({ row: [text] }) => text)
  .sort((a, b) => b.length - a.length);

/** True when the text right after a match makes the name the head of a longer word (an office, a company). */
export function isFollowedByLongerWord(text: string, end: number): boolean {
  return FOLLOWERS.some((word) => text.startsWith(word, end));
}
