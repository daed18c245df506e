import { z } from "zod";
import { readDataTable } from "../domain/index.ts";

const FamilyLine = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]);
const WordLine = z.tuple([z.string().min(1), z.string().min(1)]);

const table = (file: string) => new URL(`./data/${file}`, import.meta.url);

function loadWords(file: string): readonly string[] {
  return readDataTable(table(file), WordLine, '"word<TAB>reason"').map(({ row: [word] }) => word);
}

/**
 * Every family term with its family, longest first so the most specific term wins; a
 * term written `=X` matches only a name that is exactly X (`经济`, what is left of
 * `经济增长5%左右`, would otherwise claim every name holding 经济).
 */
function loadTerms(): { contained: ReadonlyArray<readonly [string, string]>; exact: ReadonlyMap<string, string> } {
  const terms: Array<readonly [string, string]> = [];
  const exact = new Map<string, string>();
  for (const { row: [family, variants] } of readDataTable(table("families.tsv"), FamilyLine, '"family<TAB>terms<TAB>reason"')) {
    for (const term of variants.split("|").filter((v) => v !== "")) {
      if (term.startsWith("=")) exact.set(term.slice(1), family);
      else terms.push([term, family]);
    }
  }
  return { contained: terms.sort(([a], [b]) => b.length - a.length || a.localeCompare(b)), exact };
}

const { contained: TERMS, exact: EXACT_TERMS } = loadTerms();
const OTHER_MEASURES = loadWords("other-measures.tsv");
const CEILINGS = new Set(loadWords("ceiling-families.tsv"));
const COUNT_UNITS = new Set(loadWords("count-units.tsv"));

/**
 * The family of an indicator named `name` as written (国民生产总值 and 经济增长 are the
 * headline growth aim): a known family's name, or else the indicator's canonical name.
 */
export function familyOf(name: string, indicatorKey: string): string {
  return knownFamily(name) ?? indicatorKey.slice(indicatorKey.indexOf("|") + 1);
}

/** The known family a name belongs to, or null. */
export function knownFamily(name: string): string | null {
  const folded = name.toUpperCase();
  const exact = EXACT_TERMS.get(folded);
  if (exact !== undefined) return exact;
  const known = TERMS.find(([term]) => folded.includes(term));
  if (known === undefined || OTHER_MEASURES.some((word) => folded.replace(known[0], "").includes(word))) return null;
  return known[1];
}

/** The families a query name stands for: a known family, or the name itself (an indicator's canonical name). */
export function familiesOfQuery(name: string): string[] {
  const folded = name.trim().toUpperCase();
  const known = TERMS.find(([term]) => folded === term || folded.includes(term));
  return [...new Set([...(known ? [known[1]] : []), name.trim(), folded])];
}

/** Whether the family's target is a ceiling (prices, unemployment): at or below it is met. */
export const isCeilingFamily = (family: string): boolean => CEILINGS.has(family);

/** Whether a unit is a classifier of counted things (个, 部, 台, 处…). */
export const isCountUnit = (unit: string): boolean => COUNT_UNITS.has(unit);
