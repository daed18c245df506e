import { readDataTable } from "../domain/index.ts";
import { WordLineSchema } from "./word-line.ts";

const readWords = (file: string, needs: string): readonly string[] =>
  readDataTable(new URL(`./data/${file}`, import.meta.url), WordLineSchema, needs)
    .map(({ row: [text] }) => text)
    .sort((a, b) => b.length - a.length);

/** `data/link-guards.tsv`: text that, right after a known name, makes it part of a longer word; longest first. */
const FOLLOWERS = readWords("link-guards.tsv", '"text<TAB>reason"');

/** `data/link-leaders.tsv`: text that, right before a known name, makes it the tail of a longer name. */
const LEADERS = readWords("link-leaders.tsv", '"text<TAB>reason"');

/** True when the text right after a match makes the name the head of a longer word (an office, a company). */
export function isFollowedByLongerWord(text: string, end: number): boolean {
  return FOLLOWERS.some((word) => text.startsWith(word, end));
}

/** True when the text right before a match makes the name the tail of a longer name (`保障性安居工程`). */
export function isPrecededByLongerWord(text: string, start: number): boolean {
  return LEADERS.some((word) => start >= word.length && text.startsWith(word, start - word.length));
}
