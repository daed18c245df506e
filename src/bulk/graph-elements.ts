import type { ExportNode, ExportRelationship } from "../graph/export/read-graph.ts";
import type { ReportGraph } from "../resolve/index.ts";

/** A shared entity's node as the first report that names it would create it. */
export interface SharedNode extends ExportNode {
  readonly label: "Issuer" | "Region" | "Project" | "Department" | "Organization" | "Problem" | "Indicator";
}

/**
 * What one report adds to the graph, in the export's node and relationship form: its own
 * nodes and the relationships between them, the shared entities it names (created once,
 * by whichever report names them first), and relationships whose far end may be another
 * report's (kept only when that end exists once every report is read, as a MATCH would).
 */
export interface ReportElements {
  readonly nodes: readonly ExportNode[];
  readonly relationships: readonly ExportRelationship[];
  readonly shared: readonly SharedNode[];
  readonly deferred: readonly ExportRelationship[];
}

const rel = (type: string, startLabel: string, startId: string, endLabel: string, endId: string, properties: Record<string, unknown> = {}): ExportRelationship => ({
  type,
  startLabel,
  startId,
  endLabel,
  endId,
  properties,
});

/** Rows merged on the same key: the last one's properties win, as `MERGE … SET` leaves them. */
function lastByKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [key(row), row])).values()];
}

/**
 * The nodes and relationships the transactional write (cypher/ingest/upsert-*.cypher)
 * makes for one report in an empty graph, before the corpus steps; `ingestedAt` is the
 * write time it stamps on the report.
 */
export function reportElements(graph: ReportGraph, ingestedAt: string): ReportElements {
  const reportId = graph.report.id;
  const nodes: ExportNode[] = [{ label: "Report", id: reportId, properties: { ...graph.report, ingestedAt } }];
  const relationships: ExportRelationship[] = [];
  const shared: SharedNode[] = [];
  const deferred: ExportRelationship[] = [];

  if (graph.issuer) {
    shared.push({ label: "Issuer", id: graph.issuer.key, properties: { name: graph.issuer.name } });
    relationships.push(rel("ISSUED", "Issuer", graph.issuer.key, "Report", reportId));
  }
  if (graph.region) {
    shared.push({ label: "Region", id: graph.region.key, properties: { name: graph.region.name } });
    relationships.push(rel("COVERS", "Report", reportId, "Region", graph.region.key));
  }

  const sections = lastByKey(graph.sections, (s) => s.id);
  const sectionIds = new Set(sections.map((s) => s.id));
  for (const s of sections) {
    nodes.push({ label: "Section", id: s.id, properties: { reportId, heading: s.heading, level: s.level, role: s.role, start: s.start, end: s.end } });
    // A parent the report does not hold leaves the section at the top, as the OPTIONAL MATCH does.
    if (s.parentId !== null && sectionIds.has(s.parentId)) relationships.push(rel("HAS_SUBSECTION", "Section", s.parentId, "Section", s.id));
    else relationships.push(rel("HAS_SECTION", "Report", reportId, "Section", s.id));
  }

  const evidence = lastByKey(graph.evidence, (e) => e.id);
  const evidenceIds = new Set(evidence.map((e) => e.id));
  for (const e of evidence) {
    nodes.push({ label: "Evidence", id: e.id, properties: { reportId, text: e.text, start: e.start, end: e.end } });
    relationships.push(rel("HAS_EVIDENCE", "Report", reportId, "Evidence", e.id));
  }

  for (const p of lastByKey(graph.projects, (row) => row.key)) {
    shared.push({ label: "Project", id: p.key, properties: { name: p.canonical, aliases: p.names, kind: p.kind, scope: p.scope, mergeRule: p.mergeRule, mergeScore: p.mergeScore } });
    relationships.push(rel("MENTIONS_PROJECT", "Report", reportId, "Project", p.key, {
      status: p.status, sectionRole: p.sectionRole, name: p.name, names: p.names, kind: p.kind, evidenceIds: p.evidenceIds, mergeRule: p.mergeRule, mergeScore: p.mergeScore,
    }));
  }
  for (const d of lastByKey(graph.departments, (row) => row.key)) {
    shared.push({ label: "Department", id: d.key, properties: { name: d.canonical, aliases: d.names, scope: d.scope, mergeRule: d.mergeRule, mergeScore: d.mergeScore } });
    relationships.push(rel("MENTIONS_DEPARTMENT", "Report", reportId, "Department", d.key, {
      sectionRole: d.sectionRole, name: d.name, names: d.names, evidenceIds: d.evidenceIds, mergeRule: d.mergeRule, mergeScore: d.mergeScore,
    }));
  }
  for (const o of lastByKey(graph.organizations, (row) => row.key)) {
    shared.push({ label: "Organization", id: o.key, properties: { name: o.canonical, aliases: o.names, kind: o.kind, mergeRule: o.mergeRule, mergeScore: o.mergeScore } });
    relationships.push(rel("MENTIONS_ORGANIZATION", "Report", reportId, "Organization", o.key, {
      sectionRole: o.sectionRole, name: o.name, names: o.names, kind: o.kind, evidenceIds: o.evidenceIds, mergeRule: o.mergeRule, mergeScore: o.mergeScore,
    }));
  }
  for (const p of lastByKey(graph.problems, (row) => row.key)) {
    shared.push({ label: "Problem", id: p.key, properties: { text: p.text, theme: p.theme, scope: p.scope, signature: p.canonical, mergeRule: p.mergeRule, mergeScore: p.mergeScore } });
    relationships.push(rel("STATES_PROBLEM", "Report", reportId, "Problem", p.key, {
      text: p.text, sectionRole: p.sectionRole, evidenceIds: p.evidenceIds, mergeRule: p.mergeRule, mergeScore: p.mergeScore,
    }));
  }
  const indicators = new Set<string>();
  for (const i of graph.indicators) {
    if (indicators.has(i.key)) continue;
    indicators.add(i.key);
    shared.push({ label: "Indicator", id: i.key, properties: { name: i.canonical, aliases: [], scope: i.scope, mergeRule: i.mergeRule, mergeScore: i.mergeScore } });
  }

  // Ends this report writes itself exist once it is written; only the others wait for the whole corpus.
  const own = new Set([...nodes, ...shared].map((node) => `${node.label}\u0000${node.id}`));
  const place = (relationship: ExportRelationship): void => {
    const known = own.has(`${relationship.startLabel}\u0000${relationship.startId}`) && own.has(`${relationship.endLabel}\u0000${relationship.endId}`);
    (known ? relationships : deferred).push(relationship);
  };

  const observations = lastByKey(graph.observations.filter((o) => indicators.has(o.indicatorKey)), (o) => o.id);
  const observationIds = new Set(observations.map((o) => o.id));
  for (const o of observations) {
    nodes.push({
      label: "Observation",
      id: o.id,
      properties: {
        reportId, value: o.value, unit: o.unit, normalizedValue: o.normalizedValue, baseUnit: o.baseUnit, upper: o.upper, change: o.change,
        changeUnit: o.changeUnit, status: o.status, qualifier: o.qualifier, periodYear: o.periodYear, reportYear: o.reportYear, sectionRole: o.sectionRole,
      },
    });
    own.add(`Observation\u0000${o.id}`);
    relationships.push(rel("HAS_OBSERVATION", "Report", reportId, "Observation", o.id));
    relationships.push(rel("OF_INDICATOR", "Observation", o.id, "Indicator", o.indicatorKey, { name: o.name, mergeRule: o.mergeRule, mergeScore: o.mergeScore }));
    if (o.projectKey !== null) place(rel("FOR_PROJECT", "Observation", o.id, "Project", o.projectKey));
  }

  const responsibilities = lastByKey(graph.responsibilities, (r) => `${r.departmentKey}\u0000${r.projectKey}\u0000${r.role}`);
  for (const r of responsibilities) {
    place(rel("RESPONSIBLE_FOR", "Department", r.departmentKey, "Project", r.projectKey, { reportId, role: r.role, evidenceId: r.evidenceId }));
  }

  const supports = lastByKey(graph.supports, (s) => `${s.evidenceId}\u0000${s.label}\u0000${s.target}`);
  for (const s of supports) {
    if (!evidenceIds.has(s.evidenceId)) continue;
    if (s.label === "Observation" && !observationIds.has(s.target)) continue;
    place(rel("SUPPORTS", "Evidence", s.evidenceId, s.label, s.target));
  }
  return { nodes, relationships, shared, deferred };
}
