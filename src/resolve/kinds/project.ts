import type { ProjectRow } from "../report-graph.ts";
import { byKey, supportsOf, type KindResolver } from "./context.ts";
import { mentionRows } from "./mention-rows.ts";

const STATUS_RANK: Readonly<Record<string, number>> = { planned: 0, ongoing: 1, started: 2, completed: 3 };

/** One node per project; its kind from the first mention that names one, its status the most advanced any mention reports. */
export const resolveProjects: KindResolver<"project"> = (records, context) => {
  for (const p of records) context.mention("project", p.name, p.sectionRole, p.evidence, "record", { kind: p.kind, status: p.status });
  return () => {
    const projects: ProjectRow[] = mentionRows("project", context).map(({ ordered, ...row }) => {
      const kinds = ordered.map((m) => m.extra.kind).filter((k): k is string => k !== undefined);
      const statuses = ordered.map((m) => m.extra.status).filter((s): s is string => s !== undefined);
      const status = statuses.sort((a, b) => (STATUS_RANK[b] ?? 0) - (STATUS_RANK[a] ?? 0))[0] ?? "ongoing";
      return { ...row, kind: kinds[0] ?? "programme", status };
    });
    return { rows: { projects: byKey(projects) }, supports: supportsOf("Project", projects) };
  };
};
