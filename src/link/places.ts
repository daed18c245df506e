import { readDataTable } from "../domain/index.ts";
import { WordLineSchema } from "./word-line.ts";

/** `data/not-places.tsv`: words tagged as places that name no one place. */
export const NOT_PLACES: ReadonlySet<string> = new Set(
  readDataTable(new URL("./data/not-places.tsv", import.meta.url), WordLineSchema, '"word<TAB>reason"').map(({ row: [word] }) => word),
);
