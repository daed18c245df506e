import type { Diagnostic, Project } from "../../domain/index.ts";
import { originalSpan, sourceEvidence } from "../../text/index.ts";
import { tagWords } from "../shared/index.ts";
import type { Extractor } from "../types.ts";
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
        evidence: sourceEvidence(report.doc, sentence),
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
  return { records: foldShortForms(byKey), diagnostics };
};

/** Shortest name that may stand for a longer one it ends (`自贸试验区` for `海南自贸试验区`). */
const MIN_SHORT_FORM = 4;
const LEVELS: ReadonlySet<string> = new Set(["国家", "国家级", "全国", "省", "省级", "市", "市级", "县", "县级", "区", "区级"]);

/** What a full name adds in front of its short form: where it is or at what level. */
function isPlaceOrLevel(prefix: string): boolean {
  return tagWords(prefix).every(({ word, tag }) => LEVELS.has(word) || tag === "ns");
}

/**
 * A report names an undertaking in full once, with its place or level, and by its tail
 * elsewhere (`国家盐碱地综合利用试点` … `盐碱地综合利用试点`): the tail is folded into the
 * full name, which keeps the furthest status either reached.
 */
function foldShortForms(byKey: ReadonlyMap<string, Project>): Project[] {
  const keys = [...byKey.keys()];
  const folded = new Map(byKey);
  for (const short of keys) {
    if (short.length < MIN_SHORT_FORM) continue;
    const full = keys.find(
      (key) => key !== short && key.endsWith(short) && folded.has(key) && isPlaceOrLevel(key.slice(0, -short.length)),
    );
    const record = folded.get(short);
    const target = full === undefined ? undefined : folded.get(full);
    if (!record || !target || full === undefined) continue;
    folded.set(full, { ...target, status: furthestStatus(target.status, record.status) });
    folded.delete(short);
  }
  return [...folded.values()];
}
