import type {
  Department,
  Diagnostic,
  Indicator,
  Organization,
  Problem,
  Project,
  Responsibility,
  StructuredReport,
} from "../domain/index.ts";
import { extractIndicators } from "./indicators/index.ts";
import { extractProjects } from "./projects/index.ts";
import { extractDepartments } from "./departments/index.ts";
import { extractOrganizations } from "./organizations/index.ts";
import { extractProblems } from "./problems/index.ts";
import { extractResponsibilities } from "./relations/index.ts";
import type { Extractor } from "./types.ts";

export type { Extractor, ExtractorResult } from "./types.ts";

/** The entity lists one report yields. */
export interface ReportEntities {
  readonly indicators: readonly Indicator[];
  readonly projects: readonly Project[];
  readonly departments: readonly Department[];
  readonly organizations: readonly Organization[];
  readonly problems: readonly Problem[];
}

export type ExtractorKind = keyof ReportEntities;

/** Every entity extractor, keyed by the field it fills. */
export const extractors = {
  indicators: extractIndicators,
  projects: extractProjects,
  departments: extractDepartments,
  organizations: extractOrganizations,
  problems: extractProblems,
} satisfies { [K in ExtractorKind]: Extractor<ReportEntities[K][number]> };

/** Runs every extractor, then the relations between what they found. */
export function extractReport(report: StructuredReport): ReportEntities & {
  readonly responsibilities: readonly Responsibility[];
  readonly diagnostics: readonly Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const run = <K extends ExtractorKind>(kind: K): ReportEntities[K] => {
    const extractor = extractors[kind] as Extractor<ReportEntities[K][number]>;
    const result = extractor(report);
    diagnostics.push(...result.diagnostics);
    return result.records as ReportEntities[K];
  };
  const entities: ReportEntities = {
    indicators: run("indicators"),
    projects: run("projects"),
    departments: run("departments"),
    organizations: run("organizations"),
    problems: run("problems"),
  };
  const relations = extractResponsibilities(report, entities);
  diagnostics.push(...relations.diagnostics);
  return { ...entities, responsibilities: relations.records, diagnostics };
}
