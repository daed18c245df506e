import { z } from "zod";
import { readDataTable } from "../domain/index.ts";

// printed, meant, why.
const LineSchema = z.tuple([z.string().length(1), z.string().length(1), z.string().min(1)]);

/** Loads `data/pdf-glyph-aliases.tsv`: characters a PDF's text gives for another ideograph drawn with the same glyph. */
function loadAliases(): ReadonlyMap<string, string> {
  const rows = readDataTable(new URL("./data/pdf-glyph-aliases.tsv", import.meta.url), LineSchema, '"printed<TAB>meant<TAB>why", one UTF-16 unit each');
  return new Map(rows.map(({ row: [printed, meant] }) => [printed, meant]));
}

const ALIASES = loadAliases();
const PRINTED = new RegExp(`[${[...ALIASES.keys()].join("")}]`, "g");

/** The ideographs a PDF's text meant where its font shares one glyph between two; one character for one. */
export const meantIdeographs = (text: string): string => text.replace(PRINTED, (printed) => ALIASES.get(printed) ?? printed);
