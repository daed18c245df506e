import { stringify } from "csv-stringify/sync";

/** Text written as it is, never quoted: a label or type that neo4j-admin reads as a name, or a typed number. */
interface Bare {
  readonly bare: string;
}

/**
 * One CSV cell: a string is always quoted (neo4j-admin and pandas then read it as text,
 * even when it looks like a number), a number or boolean never, and null is left empty.
 */
export type CsvCell = string | number | boolean | null | undefined | Bare;

export const bare = (text: string): Bare => ({ bare: text });

const CELLS = {
  quoted_string: true,
  record_delimiter: "unix",
  eof: true,
  cast: {
    boolean: (value: boolean) => String(value),
    object: (value: Record<string, unknown>) => ({ value: (value as unknown as Bare).bare, quoted_string: false }),
  },
} as const;

/** One CSV record with its line break. */
export function csvLine(cells: readonly CsvCell[]): string {
  return stringify([cells], CELLS);
}

/** A header line: the column names as they are (`key:ID(Project)`, `year:int`), unquoted. */
export function csvHeader(columns: readonly string[]): string {
  return csvLine(columns.map(bare));
}
