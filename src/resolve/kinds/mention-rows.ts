import type { Resolution } from "../resolver.ts";
import type { MentionFields } from "../report-graph.ts";
import type { Mention, ResolveContext } from "./context.ts";
import type { NamedKind } from "../resolver.ts";

/** The weakest merge among a node's mentions in this report is the one worth showing. */
function weakest(mentions: readonly Mention[]): Resolution {
  return [...mentions].sort((a, b) => a.resolution.score - b.resolution.score || a.resolution.rule.localeCompare(b.resolution.rule))[0]!.resolution;
}

/** One row per node of a named kind, from all its mentions in the report; `ordered` is what kind-specific fields are read from. */
export function mentionRows(kind: NamedKind, context: ResolveContext): Array<MentionFields & { readonly ordered: readonly Mention[] }> {
  return [...context.mentionsOf(kind).entries()].map(([key, ordered]) => {
    const first = ordered[0]!;
    const merge = weakest(ordered);
    return {
      key,
      canonical: first.resolution.canonical,
      name: first.name,
      names: [...new Set(ordered.map((m) => m.name))].sort(),
      scope: first.resolution.scope,
      mergeRule: merge.rule,
      mergeScore: merge.score,
      sectionRole: first.sectionRole,
      evidenceIds: [...new Set(ordered.map((m) => context.evidenceId(m.evidence)))],
      ordered,
    };
  });
}
