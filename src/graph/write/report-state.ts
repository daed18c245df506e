import { z } from "zod";
import { inTransaction, runIn, cypher } from "../connection.ts";

const StateRow = z.object({ id: z.string(), contentHash: z.string().nullable(), resolution: z.string().nullable() });
export type ReportState = z.infer<typeof StateRow>;

/** What the graph holds for these report ids, by id (absent ids are new reports). */
export async function reportStates(ids: readonly string[]): Promise<Map<string, ReportState>> {
  if (ids.length === 0) return new Map();
  const statement = cypher("ingest/report-state");
  const rows = await inTransaction("read", statement.name, { ids }, (tx) => runIn(tx, statement, { ids }));
  return new Map(rows.map((row) => StateRow.parse(row)).map((state) => [state.id, state]));
}

/** Ids of reports once read from `source` that are not among `keep`. */
export async function supersededReports(source: string, keep: readonly string[]): Promise<string[]> {
  const statement = cypher("ingest/report-superseded");
  const rows = await inTransaction("read", statement.name, { source, keep }, (tx) => runIn(tx, statement, { source, keep }));
  return rows.map((row) => z.object({ id: z.string() }).parse(row).id);
}
