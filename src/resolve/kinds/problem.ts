import type { ReportEvidence, SectionRole } from "../../domain/index.ts";
import type { ProblemRow } from "../report-graph.ts";
import type { ProblemResolution } from "../resolver.ts";
import { byKey, supportsOf, type KindResolver } from "./context.ts";

interface ProblemMention {
  readonly resolution: ProblemResolution;
  readonly text: string;
  readonly sectionRole: SectionRole;
  readonly evidence: ReportEvidence;
}

/** Problems key by concept or signature (not by name), so they group on their own. */
export const resolveProblems: KindResolver<"problem"> = (records, context) => {
  const groups = new Map<string, ProblemMention[]>();
  for (const p of records) {
    const resolution = context.resolver.problem(p.text, p.theme, context.scope);
    if (!resolution) continue;
    groups.set(resolution.key, [...(groups.get(resolution.key) ?? []), { resolution, text: p.text, sectionRole: p.sectionRole, evidence: p.evidence }]);
  }
  return () => {
    const problems: ProblemRow[] = [...groups.entries()].map(([key, list]) => {
      const ordered = [...list].sort((a, b) => a.evidence.start - b.evidence.start);
      const first = ordered[0]!;
      const merge = [...ordered].sort((a, b) => a.resolution.score - b.resolution.score)[0]!.resolution;
      return {
        key,
        canonical: first.resolution.canonical,
        text: first.text,
        theme: first.resolution.theme,
        scope: context.scope,
        mergeRule: merge.rule,
        mergeScore: merge.score,
        sectionRole: first.sectionRole,
        evidenceIds: [...new Set(ordered.map((m) => context.evidenceId(m.evidence)))],
      };
    });
    return { rows: { problems: byKey(problems) }, supports: supportsOf("Problem", problems) };
  };
};
