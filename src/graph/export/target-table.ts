import path from "node:path";
import { z } from "zod";
import { readQuery } from "../connection.ts";
import { FileSink } from "./sink.ts";

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const TargetRow = z.record(z.string(), cellValue);

/** The columns of target-outcomes.csv, in the order the statement returns them. */
const COLUMNS = [
  "key", "issuer", "region", "family", "indicator", "year", "measure",
  "targetValue", "targetUpper", "targetUnit", "targetQualifier", "strive", "nature", "ceiling", "targetReportYear",
  "outcomeValue", "outcomeUnit", "outcomeReportYear", "preliminary", "gap", "gapUnit", "verdict", "targetEvidence", "outcomeEvidence",
] as const;

const cell = (value: string | number | boolean | null | undefined): string =>
  value === null || value === undefined ? "" : typeof value === "string" ? `"${value.replaceAll('"', '""')}"` : String(value);

/** Writes `target-outcomes.csv`: one row per target beside its outcome, with a header, ready for pandas. */
export async function writeTargetTable(dir: string): Promise<number> {
  const rows = await readQuery("export/target-outcomes", {}, TargetRow);
  const sink = new FileSink(path.join(dir, "target-outcomes.csv"));
  try {
    await sink.write(`${COLUMNS.join(",")}\n`);
    for (const row of rows) await sink.write(`${COLUMNS.map((column) => cell(row[column])).join(",")}\n`);
  } finally {
    await sink.close();
  }
  return rows.length;
}
