import { z } from "zod";

export const PeriodSchema = z.enum(["H1", "H2", "FY"]);
export type Period = z.infer<typeof PeriodSchema>;

export const ReportKindSchema = z.enum(["review", "plan", "review+plan"]);
export type ReportKind = z.infer<typeof ReportKindSchema>;

export const SectionRoleSchema = z.enum(["review", "problems", "plan", "targets", "measures", "other"]);
export type SectionRole = z.infer<typeof SectionRoleSchema>;

/** Report metadata as defined in the annotation guidelines; null means "not stated". */
export const ReportMetaSchema = z.object({
  title: z.string(),
  issuer: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
  period: PeriodSchema.nullable(),
  kind: ReportKindSchema.nullable(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

/** User-supplied overrides (sidecar NAME.meta.json, CLI flags, GraphQL input). */
export const ReportMetaOverrideSchema = ReportMetaSchema.partial().strict();
export type ReportMetaOverride = z.infer<typeof ReportMetaOverrideSchema>;

/** A heading and the text it governs. Offsets are into the original source text. */
export const SectionSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  heading: z.string(),
  level: z.number().int().min(1).max(8),
  role: SectionRoleSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;
