import type { Diagnostic, Project } from "../../domain/index.ts";
import { originalSpan } from "../../read/index.ts";
import type { Extractor } from "../types.ts";
import { sentenceEvidence } from "./evidence.ts";
import { findProjects } from "./find-projects.ts";
import { furthestStatus, mentionStatus } from "./status.ts";

/** Two spellings of one name (quotes, spaces, a trailing 项目/工程) share a key. */
export function projectKey(name: string): string {
  return name.replace(/[\s“”"'‘’「」《》]/gu, "").replace(/(?:项目|工程)$/u, "");
}

/**
 * Named, trackable undertakings in the report: one record per distinct name, carrying the
 * most advanced status any mention gives it and the sentence of that mention.
 */
export const extractProjects: Extractor<Project> = (report) => {
  const byKey = new Map<string, Project>();
  const diagnostics: Diagnostic[] = [];
  for (const sentence of report.sentences) {
    const { mentions, rejected } = findProjects(sentence.text);
    for (const mention of mentions) {
      const key = projectKey(mention.name);
      const status = mentionStatus(mention.clause, sentence.role);
      const known = byKey.get(key);
      if (known && furthestStatus(known.status, status) === known.status) continue;
      byKey.set(key, {
        name: known?.name ?? mention.name,
        kind: known?.kind ?? mention.kind,
        status,
        sectionRole: sentence.role,
        evidence: sentenceEvidence(report, sentence),
      });
    }
    for (const placeholder of rejected.filter((r) => r.reason === "placeholder")) {
      const span = originalSpan(report.doc, sentence.start + placeholder.start, sentence.start + placeholder.end);
      diagnostics.push({
        code: "placeholder_name",
        message: `project name "${placeholder.name}" is a template placeholder`,
        source: report.source,
        ...span,
      });
    }
  }
  return { records: [...byKey.values()], diagnostics };
};
