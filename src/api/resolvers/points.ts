import { z } from "zod";
import { indicatorRef } from "../refs.ts";
import { EvidenceRow, IndicatorRefRow, ObservationRow, type ReportRefRow } from "../rows.ts";

export const PointRow = z.object({
  indicator: IndicatorRefRow,
  observation: ObservationRow,
  evidence: EvidenceRow.nullable(),
});
export type PointRow = z.infer<typeof PointRow>;

/** One IndicatorPoint; `report` comes from the row or, inside a report, from the parent. */
export function indicatorPoint(row: PointRow, report: ReportRefRow) {
  return { ...row.observation, indicator: indicatorRef(row.indicator), report, evidence: row.evidence };
}
