import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";

/** One row of a data table with the line it stands on, for messages about it. */
export interface DataRow<T> {
  readonly row: T;
  readonly line: number;
}

/**
 * Reads a vocabulary table shipped with GovKG (`data/*.tsv`): one entry a line, fields
 * separated by tabs, blank lines and `#` comments skipped, every row checked against
 * `schema` (`needs` says what a row holds, for the error naming the file and line).
 */
export function readDataTable<S extends z.ZodType>(url: URL, schema: S, needs: string): Array<DataRow<z.infer<S>>> {
  const file = path.basename(fileURLToPath(url));
  const rows: Array<DataRow<z.infer<S>>> = [];
  readFileSync(url, "utf8")
    .split("\n")
    .forEach((text, index) => {
      if (text.trim() === "" || text.startsWith("#")) return;
      const parsed = schema.safeParse(text.split("\t"));
      if (!parsed.success) throw new Error(`${file} line ${index + 1} needs ${needs}: ${text}`);
      rows.push({ row: parsed.data, line: index + 1 });
    });
  return rows;
}
