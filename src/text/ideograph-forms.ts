import { z } from "zod";
import { readDataTable } from "../domain/index.ts";

const RADICALS_SUPPLEMENT = 0x2e80;
const KANGXI_RADICALS = 0x2f00;
const RADICALS_END = 0x2fe0;
const COMPATIBILITY_IDEOGRAPHS = 0xf900;
const COMPATIBILITY_END = 0xfb00;

const inRadicalBlocks = (char: string): boolean => char.charCodeAt(0) >= RADICALS_SUPPLEMENT && char.charCodeAt(0) < RADICALS_END;
// radical, ideograph, name.
const LineSchema = z.tuple([z.string().length(1).refine(inRadicalBlocks), z.string().length(1), z.string().min(1)]);

/**
 * The unified ideograph each radical or compatibility ideograph stands for, 0 where the
 * character stays: PDF fonts share one glyph between 长 and ⻓, and text extraction may
 * return either. Every entry is one UTF-16 unit to one, so offsets never shift.
 */
function buildTable(): { radicals: Uint16Array; compatibility: Uint16Array } {
  const radicals = new Uint16Array(RADICALS_END - RADICALS_SUPPLEMENT);
  const compatibility = new Uint16Array(COMPATIBILITY_END - COMPATIBILITY_IDEOGRAPHS);
  const single = (code: number): number => {
    const folded = String.fromCharCode(code).normalize("NFKC");
    return folded.length === 1 && folded.charCodeAt(0) !== code ? folded.charCodeAt(0) : 0;
  };
  for (let code = KANGXI_RADICALS; code < RADICALS_END; code++) radicals[code - RADICALS_SUPPLEMENT] = single(code);
  for (let code = COMPATIBILITY_IDEOGRAPHS; code < COMPATIBILITY_END; code++) compatibility[code - COMPATIBILITY_IDEOGRAPHS] = single(code);
  // Most of the supplement has no NFKC form; Unicode's equivalence list covers it, and a
  // few lines correct NFKC where Simplified Chinese fonts draw another character.
  const rows = readDataTable(new URL("./data/radicals.tsv", import.meta.url), LineSchema, '"radical<TAB>ideograph<TAB>name" with a radical in U+2E80–U+2FDF');
  for (const { row: [radical, ideograph] } of rows) radicals[radical.charCodeAt(0) - RADICALS_SUPPLEMENT] = ideograph.charCodeAt(0);
  return { radicals, compatibility };
}

const TABLE = buildTable();

/** The unified ideograph for a radical or compatibility ideograph, else the code itself. */
export function ideographForm(code: number): number {
  if (code >= RADICALS_SUPPLEMENT && code < RADICALS_END) return TABLE.radicals[code - RADICALS_SUPPLEMENT] || code;
  if (code >= COMPATIBILITY_IDEOGRAPHS && code < COMPATIBILITY_END) return TABLE.compatibility[code - COMPATIBILITY_IDEOGRAPHS] || code;
  return code;
}
