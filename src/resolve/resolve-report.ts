import { createHash } from "node:crypto";
import type { Evidence, ExtractedReport, SectionRole } from "../domain/index.ts";
import { normalizeName } from "./normalize.ts";
import type {
  DepartmentRow,
  EvidenceRow,
  IndicatorRow,
  ObservationRow,
  OrganizationRow,
  ProblemRow,
  ProjectRow,
  ReportGraph,
  ResponsibilityRow,
  SectionRow,
  SupportRow,
} from "./report-graph.ts";
import type { NamedKind, Resolution, Resolver } from "./resolver.ts";
import { issuerKey, regionKey, reportScope } from "./scope.ts";

const STATUS_RANK: Readonly<Record<string, number>> = { planned: 0, ongoing: 1, started: 2, completed: 3 };

interface Mention {
  readonly resolution: Resolution;
  readonly name: string;
  readonly sectionRole: SectionRole;
  readonly evidence: Evidence;
  readonly extra: Readonly<Record<string, string>>;
}

const byKey = <T extends { key: string }>(rows: T[]): T[] => rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/** The weakest merge among a node's mentions in this report is the one worth showing. */
function weakest(mentions: readonly Mention[]): Resolution {
  return [...mentions].sort((a, b) => a.resolution.score - b.resolution.score || a.resolution.rule.localeCompare(b.resolution.rule))[0]!.resolution;
}

/**
 * Turns one extracted report into the rows it contributes to the graph. `text` is the
 * report's own text as in the file (offsets from `extracted.start`),
 * kept so later reports' names can be found in it without reading the file again.
 */
export function resolveReport(extracted: ExtractedReport, resolver: Resolver, text: string): ReportGraph {
  const scope = reportScope(extracted);
  const reportId = extracted.id;
  const evidence = new Map<string, EvidenceRow>();
  const evidenceId = (span: Evidence): string => {
    const id = `${reportId}:e${span.start}-${span.end}`;
    if (!evidence.has(id)) evidence.set(id, { id, text: span.text, start: span.start, end: span.end });
    return id;
  };
  const supports: SupportRow[] = [];

  const grouped: Record<NamedKind, Map<string, Mention[]>> = {
    project: new Map(),
    department: new Map(),
    organization: new Map(),
    indicator: new Map(),
  };
  const mention = (kind: NamedKind, name: string, sectionRole: SectionRole, span: Evidence, extra: Record<string, string> = {}): Resolution | null => {
    const resolution = resolver.resolve(kind, name, scope);
    if (!resolution) return null;
    const list = grouped[kind].get(resolution.key) ?? [];
    list.push({ resolution, name: normalizeName(name), sectionRole, evidence: span, extra });
    grouped[kind].set(resolution.key, list);
    return resolution;
  };

  for (const p of extracted.projects) mention("project", p.name, p.sectionRole, p.evidence, { kind: p.kind, status: p.status });
  for (const d of extracted.departments) mention("department", d.name, d.sectionRole, d.evidence);
  for (const o of extracted.organizations) mention("organization", o.name, o.sectionRole, o.evidence, { kind: o.kind });

  const responsibilities: ResponsibilityRow[] = [];
  for (const r of extracted.responsibilities) {
    const department = mention("department", r.department, "other", r.evidence);
    const project = mention("project", r.project, "other", r.evidence);
    if (!department || !project) continue;
    responsibilities.push({ departmentKey: department.key, projectKey: project.key, role: r.role, evidenceId: evidenceId(r.evidence) });
  }

  const observations: ObservationRow[] = [];
  const perEvidence = new Map<number, number>();
  for (const i of extracted.indicators) {
    const indicator = mention("indicator", i.name, i.sectionRole, i.evidence);
    if (!indicator) continue;
    const project = i.project === null ? null : mention("project", i.project, i.sectionRole, i.evidence);
    const ordinal = perEvidence.get(i.evidence.start) ?? 0;
    perEvidence.set(i.evidence.start, ordinal + 1);
    const row: ObservationRow = {
      id: `${reportId}:o${i.evidence.start}-${ordinal}`,
      indicatorKey: indicator.key,
      name: normalizeName(i.name),
      mergeRule: indicator.rule,
      mergeScore: indicator.score,
      projectKey: project?.key ?? null,
      evidenceId: evidenceId(i.evidence),
      value: i.value,
      unit: i.unit,
      normalizedValue: i.normalizedValue,
      baseUnit: i.baseUnit,
      upper: i.upper,
      change: i.change,
      changeUnit: i.changeUnit,
      status: i.status,
      qualifier: i.qualifier,
      periodYear: i.periodYear,
      reportYear: extracted.year,
      sectionRole: i.sectionRole,
    };
    observations.push(row);
    supports.push({ evidenceId: row.evidenceId, label: "Observation", target: row.id });
  }

  const mentionRows = (kind: NamedKind) =>
    [...grouped[kind].entries()].map(([key, list]) => {
      const ordered = [...list].sort((a, b) => a.evidence.start - b.evidence.start);
      const first = ordered[0]!;
      const merge = weakest(ordered);
      const evidenceIds = [...new Set(ordered.map((m) => evidenceId(m.evidence)))];
      return {
        key,
        canonical: first.resolution.canonical,
        name: first.name,
        names: [...new Set(ordered.map((m) => m.name))].sort(),
        scope: first.resolution.scope,
        mergeRule: merge.rule,
        mergeScore: merge.score,
        sectionRole: first.sectionRole,
        evidenceIds,
        ordered,
      };
    });

  const projects: ProjectRow[] = mentionRows("project").map(({ ordered, ...row }) => {
    const kinds = ordered.map((m) => m.extra.kind).filter((k): k is string => k !== undefined);
    const statuses = ordered.map((m) => m.extra.status).filter((s): s is string => s !== undefined);
    const status = statuses.sort((a, b) => (STATUS_RANK[b] ?? 0) - (STATUS_RANK[a] ?? 0))[0] ?? "ongoing";
    return { ...row, kind: kinds[0] ?? "programme", status };
  });
  const departments: DepartmentRow[] = mentionRows("department").map(({ ordered: _, ...row }) => row);
  const organizations: OrganizationRow[] = mentionRows("organization").map(({ ordered, ...row }) => ({
    ...row,
    kind: ordered.find((m) => m.extra.kind !== undefined)?.extra.kind ?? "other",
  }));
  const indicators: IndicatorRow[] = mentionRows("indicator").map((row) => ({
    key: row.key,
    canonical: row.canonical,
    scope: row.scope,
    mergeRule: row.mergeRule,
    mergeScore: row.mergeScore,
  }));

  const problemGroups = new Map<string, Array<{ resolution: Resolution; text: string; theme: string; sectionRole: SectionRole; evidence: Evidence }>>();
  for (const p of extracted.problems) {
    const resolution = resolver.problem(p.text, p.theme, scope);
    if (!resolution) continue;
    problemGroups.set(resolution.key, [...(problemGroups.get(resolution.key) ?? []), { resolution, text: p.text, theme: resolution.theme, sectionRole: p.sectionRole, evidence: p.evidence }]);
  }
  const problems: ProblemRow[] = [...problemGroups.entries()].map(([key, list]) => {
    const ordered = [...list].sort((a, b) => a.evidence.start - b.evidence.start);
    const first = ordered[0]!;
    const merge = [...ordered].sort((a, b) => a.resolution.score - b.resolution.score)[0]!.resolution;
    return {
      key,
      canonical: first.resolution.canonical,
      text: first.text,
      theme: first.theme,
      scope,
      mergeRule: merge.rule,
      mergeScore: merge.score,
      sectionRole: first.sectionRole,
      evidenceIds: [...new Set(ordered.map((m) => evidenceId(m.evidence)))],
    };
  });

  const supportFor = (label: SupportRow["label"], rows: ReadonlyArray<{ key: string; evidenceIds: readonly string[] }>): void => {
    for (const row of rows) for (const id of row.evidenceIds) supports.push({ evidenceId: id, label, target: row.key });
  };
  supportFor("Project", projects);
  supportFor("Department", departments);
  supportFor("Organization", organizations);
  supportFor("Problem", problems);

  const sectionId = (id: string): string => (id.startsWith(reportId) ? id : `${reportId}:${id}`);
  const sections: SectionRow[] = extracted.sections.map((s) => ({
    id: sectionId(s.id),
    parentId: s.parentId === null ? null : sectionId(s.parentId),
    heading: s.heading,
    level: s.level,
    role: s.role,
    start: s.start,
    end: s.end,
  }));

  const issuer = extracted.issuer === null ? null : issuerKey(extracted.issuer);
  const region = extracted.region === null ? null : regionKey(extracted.region);
  const graph = {
    issuer: issuer && extracted.issuer ? { key: issuer, name: normalizeName(extracted.issuer) } : null,
    region: region && extracted.region ? { key: region, name: normalizeName(extracted.region) } : null,
    sections,
    evidence: [...evidence.values()].sort((a, b) => a.start - b.start || a.end - b.end),
    projects: byKey(projects),
    departments: byKey(departments),
    organizations: byKey(organizations),
    problems: byKey(problems),
    indicators: byKey(indicators),
    observations,
    responsibilities,
    supports,
  };
  // The rows themselves are fingerprinted with the rules: when a newer GovKG extracts
  // something else from the same text, the report is rewritten instead of skipped.
  const resolution = createHash("sha256")
    .update(resolver.fingerprint)
    .update(JSON.stringify([extracted.title, extracted.year, extracted.period, extracted.kind, scope, graph]))
    .digest("hex")
    .slice(0, 16);
  return {
    report: {
      id: reportId,
      title: extracted.title,
      year: extracted.year,
      period: extracted.period,
      kind: extracted.kind,
      source: extracted.source,
      contentHash: extracted.contentHash,
      start: extracted.start,
      end: extracted.end,
      issuer: extracted.issuer,
      region: extracted.region,
      scope,
      resolution,
      text,
    },
    ...graph,
  };
}
