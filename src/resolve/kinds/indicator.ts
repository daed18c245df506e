import { normalizeName } from "../normalize.ts";
import type { IndicatorRow, ObservationRow } from "../report-graph.ts";
import { byKey, type KindResolver } from "./context.ts";
import { mentionRows } from "./mention-rows.ts";

/**
 * Each indicator record is one observation of a shared indicator node (and, when the
 * sentence is about a project, a mention of that project); evidence supports the observation.
 */
export const resolveIndicators: KindResolver<"indicator"> = (records, context) => {
  const observations: ObservationRow[] = [];
  const perEvidence = new Map<number, number>();
  for (const i of records) {
    const indicator = context.mention("indicator", i.name, i.sectionRole, i.evidence, "record");
    if (!indicator) continue;
    const project = i.project === null ? null : context.mention("project", i.project, i.sectionRole, i.evidence, "indicator");
    const ordinal = perEvidence.get(i.evidence.start) ?? 0;
    perEvidence.set(i.evidence.start, ordinal + 1);
    observations.push({
      id: `${context.reportId}:o${i.evidence.start}-${ordinal}`,
      indicatorKey: indicator.key,
      name: normalizeName(i.name),
      mergeRule: indicator.rule,
      mergeScore: indicator.score,
      projectKey: project?.key ?? null,
      evidenceId: context.evidenceId(i.evidence),
      value: i.value,
      unit: i.unit,
      normalizedValue: i.normalizedValue,
      baseUnit: i.baseUnit,
      upper: i.upper,
      change: i.change,
      changeUnit: i.changeUnit,
      status: i.status,
      qualifier: i.qualifier,
      periodYear: i.periodYear,
      reportYear: context.reportYear,
      sectionRole: i.sectionRole,
    });
  }
  return () => {
    const indicators: IndicatorRow[] = mentionRows("indicator", context).map((row) => ({
      key: row.key,
      canonical: row.canonical,
      scope: row.scope,
      mergeRule: row.mergeRule,
      mergeScore: row.mergeScore,
    }));
    const supports = observations.map((row) => ({ evidenceId: row.evidenceId, label: "Observation" as const, target: row.id }));
    return { rows: { indicators: byKey(indicators), observations }, supports };
  };
};
