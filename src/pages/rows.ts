import { z } from "zod";

// Shapes of what cypher/pages/*.cypher return, checked before a page uses them.

const maybeText = z.string().nullable();
const maybeInt = z.number().int().nullable();
const maybeNumber = z.number().nullable();

export const FACT_KINDS = ["indicator", "project", "department", "organization", "problem"] as const;
export const FactKind = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof FactKind>;

export const ReportTextRow = z.object({
  report: z.object({
    id: z.string(),
    title: z.string(),
    year: maybeInt,
    period: maybeText,
    kind: maybeText,
    issuer: maybeText,
    region: maybeText,
    source: maybeText,
    text: z.string().nullable().transform((text) => text ?? ""),
    start: z.number().int(),
  }),
  sections: z.array(
    z.object({ id: z.string(), heading: z.string(), level: z.number().int(), role: maybeText, start: z.number().int(), end: z.number().int() }),
  ),
  facts: z.array(
    z.object({
      kind: FactKind,
      key: z.string(),
      name: maybeText,
      written: maybeText,
      status: maybeText,
      detail: maybeText,
      value: maybeNumber.optional(),
      unit: maybeText.optional(),
      sectionRole: maybeText,
      start: z.number().int(),
      end: z.number().int(),
      linked: z.boolean(),
    }),
  ),
});
export type ReportTextRow = z.infer<typeof ReportTextRow>;
export type FactRow = ReportTextRow["facts"][number];
export type SectionRow = ReportTextRow["sections"][number];

const ReportRef = z.object({
  id: z.string(),
  title: z.string(),
  year: maybeInt,
  period: maybeText.optional(),
  kind: maybeText.optional(),
  issuer: maybeText,
  region: maybeText.optional(),
  source: maybeText.optional(),
});
export type ReportRef = z.infer<typeof ReportRef>;

export const ReportListRow = z.object({
  report: ReportRef,
  observations: z.number().int(),
  projects: z.number().int(),
  problems: z.number().int(),
});
export type ReportListRow = z.infer<typeof ReportListRow>;

export const ReportFiltersRow = z.object({ issuers: z.array(z.string()), years: z.array(z.number().int()) });

const EvidenceRef = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const Pairing = z.object({ verdict: maybeText, gap: maybeNumber, gapUnit: maybeText });

export const SeriesRow = z.object({
  indicator: z.object({ key: z.string(), name: z.string(), scope: maybeText }),
  report: ReportRef,
  observation: z.object({
    id: z.string(),
    value: maybeNumber,
    unit: maybeText,
    upper: maybeNumber,
    change: maybeNumber,
    changeUnit: maybeText,
    status: maybeText,
    qualifier: maybeText,
    periodYear: maybeInt,
  }),
  evidence: EvidenceRef.nullable(),
  outcomeOf: Pairing.extend({ targetId: z.string() }).nullable(),
  answeredBy: Pairing.extend({ outcomeId: z.string() }).nullable(),
});
export type SeriesRow = z.infer<typeof SeriesRow>;

export const IndicatorListRow = z.object({
  indicator: z.object({ key: z.string(), name: z.string(), scope: maybeText }),
  observations: z.number().int(),
  years: z.number().int(),
});
export type IndicatorListRow = z.infer<typeof IndicatorListRow>;

export const ProjectRow = z.object({
  project: z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()).nullable(), kind: maybeText, scope: maybeText }),
  mentions: z.array(
    z.object({
      report: ReportRef,
      status: maybeText,
      written: maybeText,
      linked: z.boolean(),
      evidence: EvidenceRef.nullable(),
    }),
  ),
  departments: z.array(z.string()),
});
export type ProjectRow = z.infer<typeof ProjectRow>;
