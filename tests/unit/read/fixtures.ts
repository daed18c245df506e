import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const FORMATS = join(import.meta.dirname, "..", "..", "..", "fixtures", "formats");

export const fixture = (name: string): string => join(FORMATS, name);

/** Formats differ in where they break lines, never in the characters of the text. */
export const withoutWhitespace = (text: string): string => text.replace(/\s+/g, "");

export const sourceText = (): Promise<string> => readFile(fixture("source.txt"), "utf8");
