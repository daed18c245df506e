import type { Responsibility, StructuredReport } from "../../domain/index.ts";
import type { ReportEntities } from "../index.ts";
import type { ExtractorResult } from "../types.ts";

export function extractResponsibilities(
  _report: StructuredReport,
  _entities: ReportEntities,
): ExtractorResult<Responsibility> {
  return { records: [], diagnostics: [] };
}
