import { createHash } from "node:crypto";
import { ENTITY_KINDS, recordsOf, type EntityKind, type ExtractedReport } from "../domain/index.ts";
import { createContext, kindResolvers, resolveResponsibilities, type KindOutput, type KindResolver, type ResolveContext } from "./kinds/index.ts";
import { normalizeName } from "./normalize.ts";
import type { EntityRows, ReportGraph, SectionRow } from "./report-graph.ts";
import type { Resolver } from "./resolver.ts";
import { issuerKey, regionKey, reportScope } from "./scope.ts";

/** Starts resolving kind K's records of the report; the returned function builds its rows. */
function startKind<K extends EntityKind>(kind: K, extracted: ExtractedReport, context: ResolveContext): () => KindOutput<K> {
  const resolve = kindResolvers[kind] as KindResolver<K>;
  return resolve(recordsOf(extracted, kind), context);
}

/**
 * Turns one extracted report into the rows it contributes to the graph. `text` is the
 * report's own text as in the file (offsets from `extracted.start`),
 * kept so later reports' names can be found in it without reading the file again.
 */
export function resolveReport(extracted: ExtractedReport, resolver: Resolver, text: string): ReportGraph {
  const scope = reportScope(extracted);
  const reportId = extracted.id;
  const context = createContext(reportId, extracted.year, scope, resolver);

  // Every kind registers its mentions, and so do the relations, before any rows are built:
  // a project's row counts the mentions indicators and responsibilities make of it.
  const pending = ENTITY_KINDS.map((kind) => startKind(kind, extracted, context));
  const responsibilities = resolveResponsibilities(extracted.responsibilities, context);
  const outputs = pending.map((finish) => finish());
  const rows = Object.assign({}, ...outputs.map((output) => output.rows)) as EntityRows;
  const supports = outputs.flatMap((output) => output.supports);

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
    evidence: context.evidenceRows(),
    ...rows,
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
