import type { EntityKind, EntityRecord, ReportEvidence, SectionRole } from "../../domain/index.ts";
import { normalizeName } from "../normalize.ts";
import type { EvidenceRow, KindRows, SupportRow } from "../report-graph.ts";
import type { NamedKind, Resolution, Resolver } from "../resolver.ts";

/**
 * Where a mention comes from. Among mentions of one node in the same sentence, a
 * record's own comes first, then a relation's, then an indicator's project: the first
 * one gives the node its name and section role.
 */
export type MentionSource = "record" | "relation" | "indicator";
const SOURCE_RANK: Readonly<Record<MentionSource, number>> = { record: 0, relation: 1, indicator: 2 };

export interface Mention {
  readonly resolution: Resolution;
  readonly name: string;
  readonly sectionRole: SectionRole;
  readonly evidence: ReportEvidence;
  readonly source: MentionSource;
  readonly extra: Readonly<Record<string, string>>;
}

/** What every kind's resolver shares while one report is resolved. */
export interface ResolveContext {
  readonly reportId: string;
  readonly reportYear: number | null;
  readonly scope: string;
  readonly resolver: Resolver;
  /** Resolves a name and records the mention under its node; null for placeholders and empty names. */
  mention(kind: NamedKind, name: string, sectionRole: SectionRole, evidence: ReportEvidence, source: MentionSource, extra?: Record<string, string>): Resolution | null;
  /** The mentions of each node of `kind`, in report order (by sentence, then source). */
  mentionsOf(kind: NamedKind): ReadonlyMap<string, readonly Mention[]>;
  /** The id of the evidence row for a sentence, creating the row on first use. */
  evidenceId(evidence: ReportEvidence): string;
  /** Every evidence row used so far, in text order. */
  evidenceRows(): EvidenceRow[];
}

/** What one kind adds to the graph once every mention is known. */
export interface KindOutput<K extends EntityKind> {
  readonly rows: KindRows[K];
  readonly supports: readonly SupportRow[];
}

/**
 * Resolves one kind's records of a report in two steps: the call registers their
 * mentions (so relations and other kinds can add theirs), the function it returns
 * builds the rows after every kind has been through the first step.
 */
export type KindResolver<K extends EntityKind> = (records: readonly EntityRecord<K>[], context: ResolveContext) => () => KindOutput<K>;

export function createContext(reportId: string, reportYear: number | null, scope: string, resolver: Resolver): ResolveContext {
  const evidence = new Map<string, EvidenceRow>();
  const grouped: Record<NamedKind, Map<string, Mention[]>> = {
    project: new Map(),
    department: new Map(),
    organization: new Map(),
    indicator: new Map(),
  };
  return {
    reportId,
    reportYear,
    scope,
    resolver,
    mention(kind, name, sectionRole, span, source, extra = {}) {
      const resolution = resolver.resolve(kind, name, scope);
      if (!resolution) return null;
      const list = grouped[kind].get(resolution.key) ?? [];
      list.push({ resolution, name: normalizeName(name), sectionRole, evidence: span, source, extra });
      grouped[kind].set(resolution.key, list);
      return resolution;
    },
    mentionsOf(kind) {
      const ordered = new Map<string, readonly Mention[]>();
      for (const [key, list] of grouped[kind]) {
        ordered.set(key, [...list].sort((a, b) => a.evidence.start - b.evidence.start || SOURCE_RANK[a.source] - SOURCE_RANK[b.source]));
      }
      return ordered;
    },
    evidenceId(span) {
      const id = `${span.reportId}:e${span.start}-${span.end}`;
      if (!evidence.has(id)) evidence.set(id, { id, text: span.text, start: span.start, end: span.end });
      return id;
    },
    evidenceRows: () => [...evidence.values()].sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

export const byKey = <T extends { key: string }>(rows: T[]): T[] => rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/** Evidence → node links for rows that keep their evidence ids. */
export function supportsOf(label: SupportRow["label"], rows: ReadonlyArray<{ key: string; evidenceIds: readonly string[] }>): SupportRow[] {
  return rows.flatMap((row) => row.evidenceIds.map((evidenceId) => ({ evidenceId, label, target: row.key })));
}
