import { z } from "zod";
import {
  type EntityKind,
  IndicatorStatusSchema,
  PeriodSchema,
  ProblemThemeSchema,
  ProjectKindSchema,
  ProjectStatusSchema,
  ReportKindSchema,
  SectionRoleSchema,
} from "../domain/index.ts";

// Shapes of what cypher/api/*.cypher return; rows are checked before any resolver
// uses them, so a graph that drifted from docs/graph-model.md fails loudly.

const text = z.string();
const maybeText = z.string().nullable();
const maybeInt = z.number().int().nullable();
const aliases = z.array(z.string()).nullable().transform((list) => list ?? []);

export const ReportRefRow = z.object({
  id: text,
  title: text,
  year: maybeInt,
  period: PeriodSchema.nullable(),
  kind: ReportKindSchema.nullable(),
  issuer: maybeText,
  region: maybeText,
});
export type ReportRefRow = z.infer<typeof ReportRefRow>;

export const EvidenceRow = z.object({ id: text, reportId: text, text, start: z.number().int(), end: z.number().int() });
export type EvidenceRow = z.infer<typeof EvidenceRow>;

/** The row an API field reads for a node of each kind: its key, display name and what lists show. */
const entityRefRows = {
  indicator: z.object({ key: text, name: text, aliases, baseUnit: maybeText, scope: maybeText }),
  project: z.object({ key: text, name: text, aliases, kind: ProjectKindSchema.nullable(), scope: maybeText }),
  department: z.object({ key: text, name: text, aliases, scope: maybeText }),
  organization: z.object({ key: text, name: text, kind: maybeText, aliases }),
  problem: z.object({ key: text, text, theme: ProblemThemeSchema.nullable(), scope: maybeText }),
} as const satisfies Record<EntityKind, z.ZodObject>;
export type EntityRefRow<K extends EntityKind> = z.infer<(typeof entityRefRows)[K]>;

export const ProjectRefRow = entityRefRows.project;
export type ProjectRefRow = EntityRefRow<"project">;

export const DepartmentRefRow = entityRefRows.department;
export type DepartmentRefRow = EntityRefRow<"department">;

export const OrganizationRefRow = entityRefRows.organization;
export type OrganizationRefRow = EntityRefRow<"organization">;

export const ProblemRefRow = entityRefRows.problem;
export type ProblemRefRow = EntityRefRow<"problem">;

export const IndicatorRefRow = entityRefRows.indicator;
export type IndicatorRefRow = EntityRefRow<"indicator">;

export const ObservationRow = z.object({
  id: text,
  value: z.number(),
  unit: text,
  normalizedValue: z.number().nullable(),
  baseUnit: maybeText,
  upper: z.number().nullable(),
  change: z.number().nullable(),
  changeUnit: maybeText,
  status: IndicatorStatusSchema.nullable(),
  qualifier: maybeText,
  periodYear: maybeInt,
  reportYear: maybeInt,
});

export const MentionFields = {
  sectionRole: SectionRoleSchema.nullable(),
  evidence: z.array(EvidenceRow),
};

export const ProjectMentionRow = z.object({
  report: ReportRefRow,
  status: ProjectStatusSchema.nullable(),
  nameAsWritten: maybeText,
  ...MentionFields,
});

export const ProblemMentionRow = z.object({ report: ReportRefRow, text: maybeText, ...MentionFields });

export const YearsSchema = z.array(z.number().int()).transform((years) => [...years].sort((a, b) => a - b));
