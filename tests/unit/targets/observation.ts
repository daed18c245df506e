import type { TargetObservation } from "../../../src/targets/index.ts";

/** An observation as the pairing reads it; the sentence and year are what each case varies. */
export function observation(fields: Partial<TargetObservation> & Pick<TargetObservation, "id" | "sentence" | "name" | "value">): TargetObservation {
  return {
    reportId: `report-${fields.reportYear ?? 2024}`,
    reportYear: 2024,
    reportPeriod: "FY",
    reportKind: "review+plan",
    indicatorKey: `national|${fields.name}`,
    unit: "%",
    normalizedValue: null,
    baseUnit: null,
    upper: null,
    change: null,
    changeUnit: null,
    status: "target",
    qualifier: null,
    periodYear: fields.reportYear ?? 2024,
    sectionRole: "targets",
    start: 0,
    before: "",
    headings: [],
    ...fields,
  };
}

/** A plan's target for the report's year. */
export const target = (year: number, fields: Partial<TargetObservation> & Pick<TargetObservation, "id" | "sentence" | "name" | "value">) =>
  observation({ reportYear: year, periodYear: year, reportId: `report-${year}`, ...fields });

/** A review's result for the year before the report. */
export const result = (reportYear: number, fields: Partial<TargetObservation> & Pick<TargetObservation, "id" | "sentence" | "name" | "value">) =>
  observation({ reportYear, periodYear: reportYear - 1, reportId: `report-${reportYear}`, status: "actual", sectionRole: "review", ...fields });
