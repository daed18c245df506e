import { z } from "zod";

/** One stated quantity as the pairing reads it back from the graph, with its context. */
export const TargetObservationSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  reportYear: z.number().int().nullable(),
  reportPeriod: z.string().nullable(),
  reportKind: z.string().nullable(),
  indicatorKey: z.string(),
  /** The indicator's name as written in the sentence. */
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  normalizedValue: z.number().nullable(),
  baseUnit: z.string().nullable(),
  upper: z.number().nullable(),
  change: z.number().nullable(),
  changeUnit: z.string().nullable(),
  status: z.string(),
  qualifier: z.string().nullable(),
  periodYear: z.number().int().nullable(),
  sectionRole: z.string().nullable(),
  /** The sentence behind the value. */
  sentence: z.string(),
  /** Offset of the sentence in its report, for a stable order. */
  start: z.number().int(),
  /** The paragraph text before the sentence. */
  before: z.string(),
  /** Headings of the sections holding the sentence, outermost first. */
  headings: z.array(z.string()),
});
export type TargetObservation = z.infer<typeof TargetObservationSchema>;

/** A report's text as the no-target scan reads it. */
export const ReportTextSchema = z.object({
  id: z.string(),
  year: z.number().int().nullable(),
  period: z.string().nullable(),
  start: z.number().int(),
  text: z.string(),
});
export type ReportText = z.infer<typeof ReportTextSchema>;

export type Verdict = "MET" | "EXCEEDED" | "MISSED" | "NO_OUTCOME_REPORTED" | "NO_TARGET_SET";

/** How a target or outcome is measured: a rate in % (value, or the growth beside a level) or a level in a base unit. */
export type Measure =
  | { readonly kind: "rate"; readonly value: number; readonly upper: number | null }
  | { readonly kind: "level"; readonly value: number; readonly upper: number | null; readonly baseUnit: string; readonly scale: number; readonly unit: string };

/** A sentence in which a report says it sets no target for a family in its year. */
export interface NoTargetStatement {
  readonly reportId: string;
  readonly year: number;
  readonly family: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One target (or a year with none) beside its outcome: what the graph stores per row. */
export interface TargetPair {
  readonly key: string;
  readonly family: string;
  readonly measure: "rate" | "level";
  readonly year: number;
  readonly targetId: string | null;
  readonly outcomeId: string | null;
  readonly gap: number | null;
  readonly gapUnit: string | null;
  readonly verdict: Verdict;
  readonly strive: boolean;
  /** 约束性 (binding) or 预期性 (expected) when the report says which. */
  readonly nature: "binding" | "expected" | null;
  readonly ceiling: boolean;
  readonly preliminary: boolean;
  readonly noTarget: NoTargetStatement | null;
}
