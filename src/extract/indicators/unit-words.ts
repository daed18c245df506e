import { z } from "zod";
import { readDataTable } from "../../domain/index.ts";
import { readWords } from "../shared/word-list.ts";

/**
 * Units a quantity may carry, as written after the number (`data/*.tsv`, one unit a
 * line). Count classifiers say "how many of the thing named next" (`6项专项附加扣除`);
 * measures and money do not.
 */
const list = (name: string): readonly string[] => readWords(new URL(`./data/${name}.tsv`, import.meta.url));

const COUNT_CLASSIFIERS = list("count-classifiers");
const MEASURE_UNITS = list("measure-units");
const RATE_UNITS = list("rate-units");

/** Scale prefixes; a bare 万 or 亿 may stand for the whole unit (`减少1386万`). */
const SCALES = list("scales");

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

export const BASE_UNIT_SOURCE = alternation([...COUNT_CLASSIFIERS, ...MEASURE_UNITS]);
export const SCALE_SOURCE = alternation(SCALES);
export const RATE_UNIT_SOURCE = alternation(RATE_UNITS);

const COUNT_SET: ReadonlySet<string> = new Set(COUNT_CLASSIFIERS);
const RATE_SET: ReadonlySet<string> = new Set(RATE_UNITS);

/** The unit without its scale prefix (`万户` → `户`). */
export function baseOf(unit: string): string {
  for (const scale of SCALES) {
    if (unit.startsWith(scale) && unit.length > scale.length) return unit.slice(scale.length);
  }
  return unit;
}

export const isRateUnit = (unit: string): boolean => RATE_SET.has(unit);
export const isCountUnit = (unit: string): boolean => COUNT_SET.has(baseOf(unit));
export const isBareScale = (unit: string): boolean => SCALES.includes(unit);

// unit's last character, the characters that continue it into a word, the words they make.
const ContinuationLineSchema = z.tuple([z.string().length(1), z.string().min(1), z.string().min(1)]);

/**
 * Characters that, right after a unit, show the "unit" is the first half of a word
 * (`14亿人口`, `两位数`, `5个体户`, `3部门`): keyed by the unit's last character.
 */
const WORD_CONTINUATIONS: ReadonlyMap<string, string> = new Map(
  readDataTable(new URL("./data/word-continuations.tsv", import.meta.url), ContinuationLineSchema, '"character<TAB>continuations<TAB>words"').map(
    ({ row: [last, continuations] }) => [last, continuations],
  ),
);

/** True when the unit is really the start of a longer word. */
export function continuesWord(unit: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  return WORD_CONTINUATIONS.get(unit[unit.length - 1]!)?.includes(next) ?? false;
}
