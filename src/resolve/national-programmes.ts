import { readFileSync } from "node:fs";
import { z } from "zod";

// canonical, variants separated by |, reason.
const LineSchema = z.tuple([z.string().min(1), z.string(), z.string().min(1)]);

/**
 * Loads `data/national-programmes.tsv`: each national programme's canonical core and
 * the spellings, parts and brand names that are the same programme.
 */
function loadProgrammes(): ReadonlyMap<string, string> {
  const text = readFileSync(new URL("./data/national-programmes.tsv", import.meta.url), "utf8");
  const canonical = new Map<string, string>();
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const parsed = LineSchema.safeParse(line.split("\t"));
    if (!parsed.success) throw new Error(`national-programmes.tsv line ${index + 1} needs "core<TAB>variants<TAB>reason": ${line}`);
    const [core, variants] = parsed.data;
    for (const name of [core, ...variants.split("|").filter((v) => v !== "").flatMap(expandNumbered)]) {
      const known = canonical.get(name);
      if (known !== undefined && known !== core) throw new Error(`national-programmes.tsv line ${index + 1}: ${name} is already a spelling of ${known}`);
      canonical.set(name, core);
    }
  });
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
