import type { Department, Project, Responsibility, StructuredReport } from "../../domain/index.ts";
import { sourceEvidence } from "../../text/index.ts";
import type { ExtractorResult } from "../types.ts";
import { findMentions, prepareNeedles, type Mention } from "./mentions.ts";
import { departmentRole, type ResponsibilityRole } from "./roles.ts";

const SENTENCE_END = new Set([..."。！？!?；;\n"].map((c) => c.charCodeAt(0)));
const CLAUSE_MARK = /[，,：:]/u;
const RANK: Record<ResponsibilityRole, number> = { leads: 3, responsible: 2, acts: 1 };

/** What the other extractors found in the report: the names this step relates. */
export interface RelatedEntities {
  readonly departments: readonly Pick<Department, "name">[];
  readonly projects: readonly Pick<Project, "name">[];
}

/**
 * Departments that lead, answer for or carry out a project, read from sentences that name
 * both. Only names the department and project extractors found are related.
 */
export function extractResponsibilities(report: StructuredReport, entities: RelatedEntities): ExtractorResult<Responsibility> {
  const departments = prepareNeedles(entities.departments.map((d) => d.name));
  const projects = prepareNeedles(entities.projects.map((p) => p.name));
  const best = new Map<string, Responsibility>();
  if (departments.length === 0 || projects.length === 0) return { records: [], diagnostics: [] };
  // Departments are few and projects many: find the departments in the whole report once,
  // then look for projects only in the sentences that name a department.
  const text = report.doc.text.slice(report.start, report.end);
  const departmentMentions = findMentions(text, departments);
  if (departmentMentions.length === 0) return { records: [], diagnostics: [] };
  for (const sentence of readerSentences(report, departmentMentions)) {
    const from = sentence.start - report.start;
    const to = sentence.end - report.start;
    const sentenceDepartments = within(departmentMentions, from, to)
      .filter((m) => m.end <= to)
      .map((m) => ({ name: m.name, start: m.start - from, end: m.end - from }));
    if (sentenceDepartments.length === 0) continue;
    const sentenceProjects = findMentions(sentence.text, projects);
    if (sentenceProjects.length === 0) continue;
    const groups = groupMentions(sentence.text, sentenceDepartments);
    for (const [index, group] of groups.entries()) {
      const role = departmentRole(sentence.text, group.span, clauseStart(sentence.text, group.span.start));
      if (!role) continue;
      const found = targets(role, group.span, groups[index + 1]?.span, sentenceProjects);
      for (const department of group.members) {
        for (const project of found) {
          const key = `${department.name}\u0000${project.name}`;
          const previous = best.get(key);
          if (previous && RANK[previous.role] >= RANK[role]) continue;
          best.set(key, { department: department.name, project: project.name, role, evidence: sourceEvidence(report.doc, sentence) });
        }
      }
    }
  }
  return { records: [...best.values()], diagnostics: [] };
}

/**
 * Leading and answering for work cover every project the sentence names; acting covers
 * the projects after the department, up to the next department.
 */
function targets(role: ResponsibilityRole, department: Mention, next: Mention | undefined, projects: readonly Mention[]): Mention[] {
  if (role !== "acts") return [...projects];
  const limit = next?.start ?? Number.POSITIVE_INFINITY;
  return projects.filter((p) => p.start >= department.end && p.start < limit);
}

interface MentionGroup {
  readonly members: readonly Mention[];
  /** From the first member's start to the last member's end. */
  readonly span: Mention;
}

const LIST_JOINER = /^(?:、|和|与|及|以及)$/u;

/** `区发改委、区财政局牵头`: bodies joined into one list play one role together. */
function groupMentions(text: string, mentions: readonly Mention[]): MentionGroup[] {
  const groups: Mention[][] = [];
  for (const mention of mentions) {
    const current = groups[groups.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && LIST_JOINER.test(text.slice(last.end, mention.start))) {
      current.push(mention);
    } else {
      groups.push([mention]);
    }
  }
  return groups.map((members) => ({
    members,
    span: { name: members[0]!.name, start: members[0]!.start, end: members[members.length - 1]!.end },
  }));
}

/** The mentions (sorted by start) that begin inside [from, to). */
function within(mentions: readonly Mention[], from: number, to: number): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  const out: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.start < to; i++) out.push(mentions[i]!);
  return out;
}

function clauseStart(text: string, position: number): number {
  for (let i = position - 1; i >= 0; i--) if (CLAUSE_MARK.test(text[i]!)) return i + 1;
  return 0;
}

interface ReaderSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Report sentences cut at 。！？；, so a relation never spans two statements; only those
 * that name a department (mentions in report-relative offsets) are worth cutting.
 */
function readerSentences(report: StructuredReport, departments: readonly Mention[]): ReaderSentence[] {
  const out: ReaderSentence[] = [];
  for (const sentence of report.sentences) {
    if (within(departments, sentence.start - report.start, sentence.end - report.start).length === 0) continue;
    let start = 0;
    const text = report.doc.text.slice(sentence.start, sentence.end);
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !SENTENCE_END.has(text.charCodeAt(i))) continue;
      const end = i < text.length ? i + 1 : i;
      const piece = text.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const body = piece.trim();
      if (body) out.push({ start: sentence.start + start + lead, end: sentence.start + start + lead + body.length, text: body });
      start = end;
    }
  }
  return out;
}

