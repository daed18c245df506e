import { z } from "zod";
import { familiesOfQuery, knownFamily } from "../../targets/index.ts";
import { parseArgs } from "../inputs.ts";
import { indicatorRef } from "../refs.ts";
import { EvidenceRow, IndicatorRefRow, ObservationRow, ReportRefRow } from "../rows.ts";
import type { ResolverDeps } from "./deps.ts";
import { indicatorPoint } from "./points.ts";

// One row per year, family and issuer: a national series since 1954 has a few hundred,
// all provinces' comparison a few dozen.
const MAX_ROWS = 2_000;

const text = z.string().trim().min(1, "must not be blank").max(200);
const year = z.number().int().min(1900).max(2100);
const TargetOutcomesArgs = z.object({
  indicator: text,
  issuer: text.nullish().transform((value) => value ?? null),
  yearFrom: year.nullish().transform((value) => value ?? null),
  yearTo: year.nullish().transform((value) => value ?? null),
});
const TargetComparisonArgs = z.object({ indicator: text, year });

const PointRow = z.object({ indicator: IndicatorRefRow, report: ReportRefRow, observation: ObservationRow, evidence: EvidenceRow.nullable() });
type PointRow = z.infer<typeof PointRow>;

export const PairRow = z.object({
  pair: z.object({
    key: z.string(),
    year: z.number().int(),
    family: z.string(),
    measure: z.enum(["rate", "level"]),
    gap: z.number().nullable(),
    gapUnit: z.string().nullable(),
    verdict: z.enum(["MET", "EXCEEDED", "MISSED", "NO_OUTCOME_REPORTED", "NO_TARGET_SET"]),
    strive: z.boolean(),
    nature: z.string().nullable(),
    ceiling: z.boolean(),
    preliminary: z.boolean(),
    noTargetText: z.string().nullable(),
    noTargetStart: z.number().int().nullable(),
    noTargetEnd: z.number().int().nullable(),
    noTargetReportId: z.string().nullable(),
  }),
  issuer: z.string().nullable(),
  region: z.string().nullable(),
  indicator: IndicatorRefRow.nullable(),
  target: PointRow.nullable(),
  outcome: PointRow.nullable(),
});

const ComparisonRow = z.object({
  issuer: z.string().nullable(),
  region: z.string().nullable(),
  parentIssuer: z.string().nullable(),
  target: PointRow,
  parentTarget: PointRow.nullable(),
});

const point = (row: PointRow | null) => (row === null ? null : indicatorPoint(row, row.report));

/** What the statements match an indicator by: its families and its spellings. */
function indicatorParams(indicator: string) {
  const families = familiesOfQuery(indicator);
  const names = [...new Set([indicator, indicator.toUpperCase(), indicator.toLowerCase()])];
  // A known family already holds every spelling; only other names need the indicators' aliases.
  return { families, names, scanNames: knownFamily(indicator) === null };
}

/** The difference of two targets in the same unit, rounded off float noise. */
function difference(target: PointRow, parent: PointRow | null): number | null {
  if (parent === null || target.observation.unit !== parent.observation.unit) return null;
  return Math.round((target.observation.value - parent.observation.value) * 1e6) / 1e6;
}

/** One TargetOutcome from a stored pair's row, or null when no indicator is known for it. */
export function toTargetOutcome(row: z.infer<typeof PairRow>) {
  const ref = row.indicator ?? row.target?.indicator ?? row.outcome?.indicator;
  if (ref === undefined) return null;
  const { pair } = row;
  const noTarget =
    pair.noTargetText === null || pair.noTargetReportId === null
      ? null
      : { reportId: pair.noTargetReportId, text: pair.noTargetText, start: pair.noTargetStart ?? 0, end: pair.noTargetEnd ?? 0 };
  return {
    ...pair,
    measure: pair.measure.toUpperCase(),
    issuer: row.issuer ?? "",
    region: row.region,
    indicator: indicatorRef(ref),
    target: point(row.target),
    outcome: point(row.outcome),
    noTargetEvidence: noTarget,
  };
}

export function targetResolvers({ read }: ResolverDeps) {
  return {
    Query: {
      targetOutcomes: async (_parent: unknown, args: unknown) => {
        const { indicator, issuer, yearFrom, yearTo } = parseArgs(TargetOutcomesArgs, args);
        const rows = await read("target-outcomes", { ...indicatorParams(indicator), issuer, yearFrom, yearTo, limit: MAX_ROWS }, PairRow);
        return rows.flatMap((row) => {
          const pair = toTargetOutcome(row);
          return pair === null ? [] : [pair];
        });
      },
      targetComparison: async (_parent: unknown, args: unknown) => {
        const { indicator, year: asked } = parseArgs(TargetComparisonArgs, args);
        const rows = await read("target-comparison", { ...indicatorParams(indicator), year: asked, limit: MAX_ROWS }, ComparisonRow);
        return rows.map((row) => ({
          issuer: row.issuer ?? "",
          region: row.region,
          target: point(row.target),
          parentIssuer: row.parentIssuer,
          parentTarget: point(row.parentTarget),
          difference: difference(row.target, row.parentTarget),
        }));
      },
    },
  };
}
