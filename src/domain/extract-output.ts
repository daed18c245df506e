import { z } from "zod";
import { DiagnosticSchema, ReadErrorSchema } from "./diagnostic.ts";
import { ReportMetaSchema, SectionSchema } from "./report.ts";
import {
  DepartmentSchema,
  IndicatorSchema,
  OrganizationSchema,
  ProblemSchema,
  ProjectSchema,
  ResponsibilitySchema,
} from "./entities.ts";

/** One report as printed by `govkg extract --json` and consumed by the graph writer. */
export const ExtractedReportSchema = ReportMetaSchema.extend({
  id: z.string(),
  source: z.string(),
  /** sha256 of the report's own text: unchanged text means nothing to rewrite. */
  contentHash: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sections: z.array(SectionSchema),
  indicators: z.array(IndicatorSchema),
  projects: z.array(ProjectSchema),
  departments: z.array(DepartmentSchema),
  organizations: z.array(OrganizationSchema),
  problems: z.array(ProblemSchema),
  responsibilities: z.array(ResponsibilitySchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type ExtractedReport = z.infer<typeof ExtractedReportSchema>;

export const ExtractOutputSchema = z.object({
  reports: z.array(ExtractedReportSchema),
  errors: z.array(ReadErrorSchema),
});
export type ExtractOutput = z.infer<typeof ExtractOutputSchema>;
