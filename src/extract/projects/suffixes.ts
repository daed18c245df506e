import { z } from "zod";
import { ProjectKindSchema, readDataTable, type Project } from "../../domain/index.ts";

export type ProjectKind = Project["kind"];

const SuffixLineSchema = z.tuple([z.string().min(1), ProjectKindSchema]);

/**
 * `data/suffixes.tsv`: words that end the name of a trackable undertaking, with the kind
 * they give it. The lookahead after a suffix keeps it from firing inside a longer word
 * (`行动派`, `计划投资`, `香港`, `试点城市`).
 */
const SUFFIXES: ReadonlyArray<readonly [string, ProjectKind]> = readDataTable(
  new URL("./data/suffixes.tsv", import.meta.url),
  SuffixLineSchema,
  '"ending<TAB>kind"',
).map(({ row }) => row);

/** Every suffix, longest alternatives first so `产业园区` wins over `园区`. */
export const SUFFIX_PATTERN = new RegExp(
  [...SUFFIXES]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([suffix]) => `(?:${suffix})`)
    .join("|"),
  "gu",
);

// A lookbehind looks outside the matched suffix, so the kind test leaves it out.
const KIND_TESTS = SUFFIXES.map(
  ([suffix, kind]) => [new RegExp(`^(?:${suffix.replace(/\(\?<[=!](?:[^()]|\([^()]*\))*\)/gu, "")})$`, "u"), kind] as const,
);

/** The kind a matched suffix gives its name. */
export function kindOfSuffix(suffix: string): ProjectKind {
  return KIND_TESTS.find(([test]) => test.test(suffix))?.[1] ?? "construction";
}
