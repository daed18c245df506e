import { readFileSync } from "node:fs";
import { z } from "zod";

const GuardLineSchema = z.tuple([z.string().min(1), z.string().min(1)]);

/** Loads `data/link-guards.tsv`: text that, right after a known name, makes it part of a longer word. */
function loadFollowers(): readonly string[] {
  const text = readFileSync(new URL("./data/link-guards.tsv", import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line, index) => {
      const parsed = GuardLineSchema.safeParse(line.split("\t"));
      if (!parsed.success) throw new Error(`link-guards.tsv entry ${index + 1} needs "text<TAB>reason": ${line}`);
      return parsed.data[0];
    })
    .sort((a, b) => b.length - a.length);
}

const FOLLOWERS = loadFollowers();

/** True when the text right after a match makes the name the head of a longer word (an office, a company). */
export function isFollowedByLongerWord(text: string, end: number): boolean {
  return FOLLOWERS.some((word) => text.startsWith(word, end));
}
