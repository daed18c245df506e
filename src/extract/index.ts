import {
  ENTITY_KINDS,
  entityKinds,
  type Diagnostic,
  type EntityKind,
  type EntityRecord,
  type Evidence,
  type Finding,
  type PerList,
  type ReportEvidence,
  type ResponsibilityRecord,
  type StructuredReport,
} from "../domain/index.ts";
import { extractIndicators } from "./indicators/index.ts";
import { extractProjects } from "./projects/index.ts";
import { extractDepartments } from "./departments/index.ts";
import { extractOrganizations } from "./organizations/index.ts";
import { extractProblems } from "./problems/index.ts";
import { extractResponsibilities } from "./relations/index.ts";
import type { Extractor } from "./types.ts";

export type { Extractor, ExtractorResult } from "./types.ts";

/** What the extractors found in one report, one list per kind (what the relations step reads). */
export type ReportEntities = PerList<{ [K in EntityKind]: readonly Finding<K>[] }>;

/** The stamped lists of one report: every record names its kind, its evidence its report. */
export type ReportRecords = PerList<{ [K in EntityKind]: EntityRecord<K>[] }>;

export type ExtractorKind = EntityKind;

/** Every entity extractor, keyed by the kind it finds. */
export const extractors = {
  indicator: extractIndicators,
  project: extractProjects,
  department: extractDepartments,
  organization: extractOrganizations,
  problem: extractProblems,
} satisfies { [K in EntityKind]: Extractor<Finding<K>> };

const inReport = (reportId: string, evidence: Evidence): ReportEvidence => ({ reportId, ...evidence });

function stamp<K extends EntityKind>(kind: K, reportId: string, found: Finding<K>): EntityRecord<K> {
  return { entity: kind, ...found, evidence: inReport(reportId, found.evidence) };
}

/** Runs every extractor, then the relations between what they found. */
export function extractReport(report: StructuredReport): ReportRecords & {
  readonly responsibilities: ResponsibilityRecord[];
  readonly diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const lists: Record<string, EntityRecord<EntityKind>[]> = {};
  const run = <K extends EntityKind>(kind: K): void => {
    const extractor = extractors[kind] as Extractor<Finding<K>>;
    const result = extractor(report);
    diagnostics.push(...result.diagnostics);
    lists[entityKinds[kind].list] = result.records.map((found) => stamp(kind, report.id, found));
  };
  for (const kind of ENTITY_KINDS) run(kind);
  const entities = lists as ReportRecords;
  const relations = extractResponsibilities(report, entities);
  diagnostics.push(...relations.diagnostics);
  const responsibilities = relations.records.map((r) => ({ ...r, evidence: inReport(report.id, r.evidence) }));
  return { ...entities, responsibilities, diagnostics };
}
