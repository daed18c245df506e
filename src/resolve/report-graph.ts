import type { EntityKind, ReportKind, Period, Section, SectionRole, SupportLabel, UpsertRows } from "../domain/index.ts";

/** The row type behind each report-graph field the registry's upsert statements write. */
interface RowsByField {
  readonly indicators: IndicatorRow;
  readonly observations: ObservationRow;
  readonly projects: ProjectRow;
  readonly departments: DepartmentRow;
  readonly organizations: OrganizationRow;
  readonly problems: ProblemRow;
}

/** The rows resolving one kind adds to a report's graph: one list per field its upsert statements write. */
export type KindRows = { readonly [K in EntityKind]: { readonly [F in UpsertRows<K>]: readonly RowsByField[F][] } };

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every kind's rows in one record: `indicators`, `observations`, `projects`, … */
export type EntityRows = Intersection<KindRows[EntityKind]>;

/**
 * What one report contributes to the graph, keyed and ready to write: every row is a
 * plain record, sorted by key so two runs over the same text produce the same rows.
 */
export type ReportGraph = {
  readonly report: ReportRow;
  readonly issuer: NamedRow | null;
  readonly region: NamedRow | null;
  readonly sections: readonly SectionRow[];
  readonly evidence: readonly EvidenceRow[];
  readonly responsibilities: readonly ResponsibilityRow[];
  readonly supports: readonly SupportRow[];
} & EntityRows;

export interface ReportRow {
  readonly id: string;
  readonly title: string;
  readonly year: number | null;
  readonly period: Period | null;
  readonly kind: ReportKind | null;
  readonly source: string;
  readonly contentHash: string;
  readonly start: number;
  readonly end: number;
  readonly issuer: string | null;
  readonly region: string | null;
  /** Scope the report's local entities are keyed under. */
  readonly scope: string;
  /** Resolver fingerprint the rows were built with. */
  readonly resolution: string;
  /** The report's own text as in the file: what later names are linked in, and what a page shows. */
  readonly text: string;
}

export interface NamedRow {
  readonly key: string;
  readonly name: string;
}

/** A section is written as extracted: the domain record is the row. */
export type SectionRow = Readonly<Section>;

export interface EvidenceRow {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A shared entity and the report's mention of it (the relationship's properties). */
export interface MentionFields {
  readonly key: string;
  readonly canonical: string;
  /** First spelling in the report. */
  readonly name: string;
  readonly names: readonly string[];
  readonly scope: string;
  readonly mergeRule: string;
  readonly mergeScore: number;
  readonly sectionRole: SectionRole;
  readonly evidenceIds: readonly string[];
}

export interface ProjectRow extends MentionFields {
  readonly kind: string;
  readonly status: string;
}

export type DepartmentRow = MentionFields;

export interface OrganizationRow extends MentionFields {
  readonly kind: string;
}

export interface ProblemRow extends Omit<MentionFields, "name" | "names"> {
  readonly text: string;
  readonly theme: string;
}

export interface IndicatorRow {
  readonly key: string;
  readonly canonical: string;
  readonly scope: string;
  readonly mergeRule: string;
  readonly mergeScore: number;
}

export interface ObservationRow {
  readonly id: string;
  readonly indicatorKey: string;
  /** Indicator name as written. */
  readonly name: string;
  /** How this spelling reached the indicator's key; the node shows the weakest over all observations. */
  readonly mergeRule: string;
  readonly mergeScore: number;
  readonly projectKey: string | null;
  readonly evidenceId: string;
  readonly value: number;
  readonly unit: string;
  readonly normalizedValue: number;
  readonly baseUnit: string;
  readonly upper: number | null;
  readonly change: number | null;
  readonly changeUnit: string | null;
  readonly status: string;
  readonly qualifier: string | null;
  readonly periodYear: number | null;
  readonly reportYear: number | null;
  readonly sectionRole: SectionRole;
}

export interface ResponsibilityRow {
  readonly departmentKey: string;
  readonly projectKey: string;
  readonly role: string;
  readonly evidenceId: string;
}

/** Evidence → the fact it supports; `target` is the key (or id for observations). */
export interface SupportRow {
  readonly evidenceId: string;
  readonly label: SupportLabel;
  readonly target: string;
}
