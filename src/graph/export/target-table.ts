import path from "node:path";
import { z } from "zod";
import { readQuery } from "../connection.ts";
import { csvHeader, csvLine } from "./csv-line.ts";
import { FileSink } from "./sink.ts";

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const TargetRow = z.record(z.string(), cellValue);

/** The columns of target-outcomes.csv, in the order the statement returns them. */
const COLUMNS = [
  "key", "issuer", "region", "family", "indicator", "year", "measure",
  "targetValue", "targetUpper", "targetUnit", "targetQualifier", "strive", "nature", "ceiling", "targetReportYear",
  "outcomeValue", "outcomeUnit", "outcomeReportYear", "preliminary", "gap", "gapUnit", "verdict", "targetEvidence", "outcomeEvidence",
] as const;

/** Writes `target-outcomes.csv`: one row per target beside its outcome, with a header, ready for pandas. */
export async function writeTargetTable(dir: string): Promise<number> {
  const rows = await readQuery("export/target-outcomes", {}, TargetRow);
  const sink = new FileSink(path.join(dir, "target-outcomes.csv"));
  try {
    await sink.write(csvHeader(COLUMNS));
    for (const row of rows) await sink.write(csvLine(COLUMNS.map((column) => row[column])));
  } finally {
    await sink.close();
  }
  return rows.length;
}
