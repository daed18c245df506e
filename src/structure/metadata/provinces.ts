import { z } from "zod";
import { readDataTable } from "../../domain/index.ts";

// official name, then its short forms.
const ProvinceLineSchema = z.tuple([z.string().min(2)], z.string().min(2));

/** Provincial-level divisions (`data/provinces.tsv`): official name and the short forms titles use. */
const PROVINCES: readonly (readonly [official: string, ...short: string[]])[] = readDataTable(
  new URL("./data/provinces.tsv", import.meta.url),
  ProvinceLineSchema,
  '"official name<TAB>short form…"',
).map(({ row }) => row);

/**
 * The province a phrase starts with, matched at its very start so that `山西` is not
 * found inside `陕西`: the official name and how many characters were consumed.
 */
export function provinceAt(phrase: string): { official: string; length: number } | null {
  for (const [official, ...short] of PROVINCES) {
    for (const name of [official, ...short]) {
      if (phrase.startsWith(name)) return { official, length: name.length };
    }
  }
  return null;
}

const ALL_NAMES = PROVINCES.flatMap(([official, ...short]) => [official, ...short]).sort((a, b) => b.length - a.length);
// A province named as the congress, the governor or the government: `在广东省第十四届…`,
// `广东省省长`, `我代表海南省人民政府`.
const PROVINCE_ROLE = new RegExp(`(${ALL_NAMES.join("|")})(?=第[一二三四五六七八九十]+届|省长|市长|代省长|代市长|人民政府|自治区主席|主席)`, "u");

/** The province whose congress, governor or government the text names first, if any. */
export function provinceNamedIn(text: string): string | null {
  const name = PROVINCE_ROLE.exec(text)?.[1];
  return name === undefined ? null : (provinceAt(name)?.official ?? null);
}
