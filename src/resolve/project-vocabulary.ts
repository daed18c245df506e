import { z } from "zod";
import { readDataTable } from "../domain/index.ts";

const WordSchema = z.tuple([z.string().regex(/^\S+$/u)]);
const PairSchema = z.tuple([z.string().regex(/^\S+$/u), z.string().regex(/^\S+$/u)]);

const table = (name: string): URL => new URL(`./data/${name}.tsv`, import.meta.url);

/** The words of one `data/*.tsv` list, in file order. */
function words(name: string): readonly string[] {
  return readDataTable(table(name), WordSchema, '"word"').map(({ row: [word] }) => word);
}

/** `data/project-abbreviations.tsv`: long forms and the short forms reports use for them. */
export const PROJECT_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = readDataTable(
  table("project-abbreviations"),
  PairSchema,
  '"long<TAB>short"',
).map(({ row }) => row);

/** `data/project-class-words.tsv`: trailing words that say what sort of thing a name is, tried in order. */
export const PROJECT_CLASS_WORDS = words("project-class-words");

/** `data/project-categories.tsv`: what is left when the class word was the only specific part. */
export const PROJECT_CATEGORIES: ReadonlySet<string> = new Set(["", ...words("project-categories")]);

/** `data/project-modifiers.tsv`: words in front of a category that still name no one project. */
export const PROJECT_MODIFIERS = words("project-modifiers");

/** `data/project-trailing-modifiers.tsv`: words that end a class of projects. */
export const PROJECT_TRAILING_MODIFIERS = words("project-trailing-modifiers");
