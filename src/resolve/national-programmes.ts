import { z } from "zod";
import { readDataTable } from "../domain/index.ts";

// canonical, variants separated by |, reason.
const LineSchema = z.tuple([z.string().min(1), z.string(), z.string().min(1)]);

/**
 * Loads `data/national-programmes.tsv`: each national programme's canonical core and
 * the spellings, parts and brand names that are the same programme.
 */
function loadProgrammes(): ReadonlyMap<string, string> {
  const canonical = new Map<string, string>();
  for (const { row: [core, variants], line } of readDataTable(new URL("./data/national-programmes.tsv", import.meta.url), LineSchema, '"core<TAB>variants<TAB>reason"')) {
    for (const name of [core, ...variants.split("|").filter((v) => v !== "").flatMap(expandNumbered)]) {
      const known = canonical.get(name);
      if (known !== undefined && known !== core) throw new Error(`national-programmes.tsv line ${line}: ${name} is already a spelling of ${known}`);
      canonical.set(name, core);
    }
  }
  return canonical;
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

/** `嫦娥#号` stands for every numbered mission, 嫦娥一号 to 嫦娥二十号. */
function expandNumbered(variant: string): string[] {
  return variant.includes("#") ? NUMERALS.map((n) => variant.replace("#", n)) : [variant];
}

const CANONICAL = loadProgrammes();

/** The canonical core of a national programme, or undefined for anything else. */
export const nationalProgramme = (core: string): string | undefined => CANONICAL.get(core);

/** Every spelling of every national programme with its canonical core, sorted. */
export const nationalProgrammeSpellings = (): ReadonlyArray<readonly [string, string]> =>
  [...CANONICAL.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
