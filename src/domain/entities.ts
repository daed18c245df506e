import { z } from "zod";
import { EvidenceSchema } from "./span.ts";
import { SectionRoleSchema } from "./report.ts";

export const IndicatorStatusSchema = z.enum(["actual", "expected", "target"]);
export const QualifierSchema = z.enum(["about", "over", "under", "nearly"]);

export const IndicatorSchema = z.object({
  name: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  normalizedValue: z.number(),
  baseUnit: z.string(),
  upper: z.number().nullable(),
  change: z.number().nullable(),
  changeUnit: z.enum(["%", "个百分点"]).nullable(),
  status: IndicatorStatusSchema,
  qualifier: QualifierSchema.nullable(),
  periodYear: z.number().int().nullable(),
  /** Name of the project this quantity describes, when the sentence is about one. */
  project: z.string().nullable(),
  sectionRole: SectionRoleSchema,
  evidence: EvidenceSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ProjectKindSchema = z.enum(["construction", "zone", "facility", "programme"]);
export const ProjectStatusSchema = z.enum(["planned", "started", "ongoing", "completed"]);

export const ProjectSchema = z.object({
  name: z.string().min(1),
  kind: ProjectKindSchema,
  status: ProjectStatusSchema,
  sectionRole: SectionRoleSchema,
  evidence: EvidenceSchema,
});
export type Project = z.infer<typeof ProjectSchema>;

export const DepartmentSchema = z.object({
  name: z.string().min(1),
  sectionRole: SectionRoleSchema,
  evidence: EvidenceSchema,
});
export type Department = z.infer<typeof DepartmentSchema>;

export const OrganizationSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(["company", "bank", "university", "institute", "other"]),
  sectionRole: SectionRoleSchema,
  evidence: EvidenceSchema,
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const ProblemThemeSchema = z.enum([
  "economy",
  "industry",
  "environment",
  "livelihood",
  "governance",
  "innovation",
  "finance",
  "agriculture",
  "other",
]);

export const ProblemSchema = z.object({
  text: z.string().min(1),
  theme: ProblemThemeSchema,
  sectionRole: SectionRoleSchema,
  evidence: EvidenceSchema,
});
export type Problem = z.infer<typeof ProblemSchema>;

/** A department responsible for or leading a project, found inside one report. */
export const ResponsibilitySchema = z.object({
  department: z.string(),
  project: z.string(),
  role: z.enum(["leads", "responsible", "acts"]),
  evidence: EvidenceSchema,
});
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
