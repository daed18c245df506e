import { readFileSync } from "node:fs";
import { z } from "zod";

// printed, meant, why.
const LineSchema = z.tuple([z.string().length(1), z.string().length(1), z.string().min(1)]);

/** Loads `data/pdf-glyph-aliases.tsv`: characters a PDF's text gives for another ideograph drawn with the same glyph. */
function loadAliases(): ReadonlyMap<string, string> {
  const text = readFileSync(new URL("./data/pdf-glyph-aliases.tsv", import.meta.url), "utf8");
  const aliases = new Map<string, string>();
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const parsed = LineSchema.safeParse(line.split("\t"));
    if (!parsed.success) throw new Error(`pdf-glyph-aliases.tsv line ${index + 1} needs "printed<TAB>meant<TAB>why", one UTF-16 unit each: ${line}`);
    aliases.set(parsed.data[0], parsed.data[1]);
  });
  return aliases;
}

const ALIASES = loadAliases();
const PRINTED = new RegExp(`[${[...ALIASES.keys()].join("")}]`, "g");

/** The ideographs a PDF's text meant where its font shares one glyph between two; one character for one. */
export const meantIdeographs = (text: string): string => text.replace(PRINTED, (printed) => ALIASES.get(printed) ?? printed);
