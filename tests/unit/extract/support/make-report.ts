import type { ReportMeta, SectionRole, Sentence, StructuredReport } from "../../../../src/domain/index.ts";
import { SectionRoleSchema } from "../../../../src/domain/index.ts";
import { normalizeText } from "../../../../src/text/index.ts";

export interface MakeReportOptions {
  /** Role of every sentence whose line carries no `[role]` prefix. */
  readonly role?: SectionRole;
  readonly meta?: Partial<ReportMeta>;
  readonly id?: string;
  readonly source?: string;
}

const DEFAULT_META: ReportMeta = { title: "", issuer: null, region: null, year: null, period: null, kind: null };
const ROLE_PREFIX = /^\[(\w+)\]\s*/;
const SENTENCE_END = new Set(["。", "！", "？", "；", "\n"]);

/**
 * Builds a `StructuredReport` from plain text without the structure stage, so extractor
 * tests stay independent of it. A line may start with `[plan]`, `[review]`, … to give its
 * sentences that role; the prefix is not part of the report text. Sentences end at
 * 。！？； or a line break and keep their closing mark.
 */
export function makeReport(text: string, options: MakeReportOptions = {}): StructuredReport {
  const defaultRole = options.role ?? "other";
  const lines: string[] = [];
  const lineRoles: SectionRole[] = [];
  for (const line of text.split("\n")) {
    const prefix = ROLE_PREFIX.exec(line);
    const parsed = prefix ? SectionRoleSchema.safeParse(prefix[1]) : undefined;
    if (prefix && parsed?.success) {
      lines.push(line.slice(prefix[0].length));
      lineRoles.push(parsed.data);
    } else {
      lines.push(line);
      lineRoles.push(defaultRole);
    }
  }
  const doc = normalizeText(lines.join("\n"));
  const sentences: Sentence[] = [];
  let lineIndex = 0;
  let start = 0;
  const flush = (end: number): void => {
    const raw = doc.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body && body !== "\n") {
      const s = start + lead;
      sentences.push({ start: s, end: s + body.length, text: body, sectionId: null, role: lineRoles[lineIndex] ?? defaultRole });
    }
    start = end;
  };
  for (let i = 0; i < doc.text.length; i++) {
    const ch = doc.text[i]!;
    if (!SENTENCE_END.has(ch)) continue;
    flush(ch === "\n" ? i : i + 1);
    if (ch === "\n") {
      lineIndex++;
      start = i + 1;
    }
  }
  flush(doc.text.length);
  return {
    id: options.id ?? "test-0",
    source: options.source ?? "test.txt",
    index: 0,
    doc,
    start: 0,
    end: doc.text.length,
    meta: { ...DEFAULT_META, ...options.meta },
    sections: [],
    sentences,
  };
}
