import type {
  DepartmentRefRow,
  EvidenceRow,
  IndicatorRefRow,
  OrganizationRefRow,
  ProblemRefRow,
  ProjectRefRow,
} from "./rows.ts";

/** Labels whose nodes are merged across reports and addressed by `Label:key`. */
export const KEYED_LABELS = ["Project", "Department", "Organization", "Problem", "Indicator", "Issuer", "Region"] as const;
export type KeyedLabel = (typeof KEYED_LABELS)[number];

/** Labels of report-owned nodes, addressed by their own id. */
export const OWNED_LABELS = ["Report", "Section", "Evidence", "Observation"] as const;

export function globalId(label: KeyedLabel, key: string): string {
  return `${label}:${key}`;
}

export type GlobalIdTarget = { readonly label: KeyedLabel; readonly key: string } | { readonly id: string };

/** Splits a global id; an id without a known prefix is a report-owned node's own id. */
export function parseGlobalId(id: string): GlobalIdTarget {
  const colon = id.indexOf(":");
  if (colon > 0) {
    const prefix = id.slice(0, colon);
    const rest = id.slice(colon + 1);
    const keyed = KEYED_LABELS.find((label) => label === prefix);
    if (keyed) return { label: keyed, key: rest };
    if ((OWNED_LABELS as readonly string[]).includes(prefix)) return { id: rest };
  }
  return { id };
}

export const projectRef = (row: ProjectRefRow) => ({ ...row, id: globalId("Project", row.key) });
export const departmentRef = (row: DepartmentRefRow) => ({ ...row, id: globalId("Department", row.key) });
export const organizationRef = (row: OrganizationRefRow) => ({ ...row, id: globalId("Organization", row.key) });
export const problemRef = (row: ProblemRefRow) => ({ ...row, id: globalId("Problem", row.key) });
export const indicatorRef = (row: IndicatorRefRow) => ({ ...row, id: globalId("Indicator", row.key) });
export const evidenceList = (rows: readonly EvidenceRow[]) => [...rows].sort((a, b) => a.start - b.start);
