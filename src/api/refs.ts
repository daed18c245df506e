import { ENTITY_KINDS, entityKinds, type EntityKind } from "../domain/index.ts";
import type { EntityRefRow, EvidenceRow } from "./rows.ts";

/** Labels whose nodes are merged across reports and addressed by `Label:key`: every entity kind's, and the places'. */
export const KEYED_LABELS = [...ENTITY_KINDS.map((kind) => entityKinds[kind].label), "Issuer", "Region"] as const;
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

/** A node of kind K as the API shows it: its row and its global id. */
const entityRef =
  <K extends EntityKind>(kind: K) =>
  (row: EntityRefRow<K>) => ({ ...row, id: globalId(entityKinds[kind].label, row.key) });
export const projectRef = entityRef("project");
export const departmentRef = entityRef("department");
export const organizationRef = entityRef("organization");
export const problemRef = entityRef("problem");
export const indicatorRef = entityRef("indicator");
export const evidenceList = (rows: readonly EvidenceRow[]) => [...rows].sort((a, b) => a.start - b.start);
