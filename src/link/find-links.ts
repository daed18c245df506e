import type { SectionRole } from "../domain/index.ts";
import { cutWords } from "../extract/shared/tokenizer.ts";
import { normalizeName } from "../resolve/index.ts";
import { furthestStatus, mentionStatus } from "../extract/projects/index.ts";
import { foldText } from "./fold.ts";
import { isFollowedByLongerWord, isPrecededByLongerWord } from "./guards.ts";
import type { LexiconTerm } from "./lexicon.ts";

/** A section of the report as stored: offsets into the original file. */
export interface LinkSection {
  readonly start: number;
  readonly end: number;
  readonly level: number;
  readonly role: SectionRole;
}

/** One report as the linker sees it: its text, where it starts in its file, its sections. */
export interface LinkTarget {
  readonly id: string;
  /** Offset of `text` in the original file. */
  readonly start: number;
  readonly text: string;
  readonly sections: readonly LinkSection[];
  /** Nodes the report's own extraction already names: no new mention, only further sentences. */
  readonly extractedKeys: ReadonlySet<string>;
  /** `key@start` of each sentence the report's own extraction already keeps as a project's evidence. */
  readonly projectSentences: ReadonlySet<string>;
}

export interface LinkEvidence {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A mention of a known project found by its name alone, with its own sentences and status. */
export interface LinkRow {
  readonly key: string;
  /** First spelling found in the report. */
  readonly name: string;
  readonly names: readonly string[];
  readonly terms: readonly string[];
  readonly status: ReturnType<typeof mentionStatus>;
  readonly sectionRole: SectionRole;
  readonly evidence: readonly LinkEvidence[];
}

// What normalizeName drops from a name, except line breaks.
const IGNORED_IN_NAMES = /[“”‘’"'「」『』《》〈〉【】〔〕[\]（）() \t\u00a0\u3000·•]/u;

const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "；", ";", "\n"]);

function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !SENTENCE_END.has(text[end]!)) end++;
  if (end < text.length) end++;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Offsets (within the sentence) where jieba puts a word boundary. */
function wordBoundaries(sentence: string): Set<number> {
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const word of cutWords(sentence)) {
    at += word.length;
    boundaries.add(at);
  }
  return boundaries;
}

function roleAt(sections: readonly LinkSection[], offset: number): SectionRole {
  let best: LinkSection | undefined;
  for (const section of sections) {
    if (section.start > offset || section.end <= offset) continue;
    if (!best || section.level > best.level || (section.level === best.level && section.start > best.start)) best = section;
  }
  return best?.role ?? "other";
}

/**
 * The text without the quotes, brackets and blanks that names are compared without
 * (`自然保护地“绿盾”行动` is searched for as `自然保护地绿盾行动`), and for each character
 * left its offset in the text. Line breaks stay: they end sentences.
 */
function withoutQuotes(text: string): { text: string; offsets: number[] } {
  let bare = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (IGNORED_IN_NAMES.test(text[i]!)) continue;
    bare += text[i];
    offsets.push(i);
  }
  return { text: bare, offsets };
}

/** Terms indexed by their first two characters, so a text is scanned once whatever the lexicon's size. */
export function indexTerms(terms: readonly LexiconTerm[]): ReadonlyMap<string, readonly LexiconTerm[]> {
  const index = new Map<string, LexiconTerm[]>();
  for (const term of terms) {
    const head = term.text.slice(0, 2);
    index.set(head, [...(index.get(head) ?? []), term]);
  }
  return index;
}

interface Hit {
  readonly term: LexiconTerm;
  readonly start: number;
  readonly end: number;
}

/**
 * Every mention of a known name in the report: a match counts only where jieba cuts
 * the sentence at both of its ends, not where an office or company name goes on from
 * it. A name inside a longer known name still counts: `川藏铁路雅林段` mentions the line,
 * `农村人居环境整治三年行动` the programme. Nodes the report's own
 * extraction already names are left as they are.
 */
export interface LinkResult {
  /** Mentions of nodes the report's own extraction did not name. */
  readonly rows: readonly LinkRow[];
  /**
   * Further sentences naming a node the report's own extraction keeps one sentence for
   * (it keeps the first, or the furthest along): a promise in the plan after a review of
   * the same works must be findable too.
   */
  readonly sentences: ReadonlyArray<{ readonly key: string; readonly evidence: LinkEvidence }>;
}

function evidenceOf(target: LinkTarget, hit: Hit): LinkEvidence {
  const sentence = sentenceAround(target.text, hit.start, hit.end);
  const start = target.start + sentence.start;
  const end = target.start + sentence.end;
  return { id: `${target.id}:l${start}-${end}`, text: target.text.slice(sentence.start, sentence.end), start, end };
}

export function findLinks(target: LinkTarget, index: ReadonlyMap<string, readonly LexiconTerm[]>): LinkResult {
  const folded = foldText(target.text);
  const { text: bare, offsets } = withoutQuotes(folded);
  const found: Hit[] = [];
  const boundaryCache = new Map<number, Set<number>>();
  for (let at = 0; at + 1 < bare.length; at++) {
    const candidates = index.get(bare.slice(at, at + 2));
    if (!candidates) continue;
    for (const term of candidates) {
      if (!bare.startsWith(term.text, at)) continue;
      const i = offsets[at]!;
      const end = offsets[at + term.text.length - 1]! + 1;
      if (isFollowedByLongerWord(folded, end) || isPrecededByLongerWord(folded, i)) continue;
      const sentence = sentenceAround(target.text, i, end);
      let boundaries = boundaryCache.get(sentence.start);
      if (!boundaries) {
        boundaries = wordBoundaries(folded.slice(sentence.start, sentence.end));
        boundaryCache.set(sentence.start, boundaries);
      }
      if (!boundaries.has(i - sentence.start) || !boundaries.has(end - sentence.start)) continue;
      found.push({ term, start: i, end });
    }
  }
  const hits = found.filter((hit) => !target.extractedKeys.has(hit.term.key));
  const further = new Map<string, { key: string; evidence: LinkEvidence }>();
  for (const hit of found.filter((h) => target.extractedKeys.has(h.term.key))) {
    const evidence = evidenceOf(target, hit);
    if (!target.projectSentences.has(`${hit.term.key}@${evidence.start}`)) further.set(`${hit.term.key}\u0000${evidence.start}`, { key: hit.term.key, evidence });
  }

  const byKey = new Map<string, Hit[]>();
  for (const hit of hits) byKey.set(hit.term.key, [...(byKey.get(hit.term.key) ?? []), hit]);
  const rows: LinkRow[] = [];
  for (const [key, list] of [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const evidence = new Map<number, LinkEvidence>();
    let status: LinkRow["status"] | undefined;
    let firstRole: SectionRole | undefined;
    for (const hit of list) {
      const sentence = evidenceOf(target, hit);
      const role = roleAt(target.sections, target.start + hit.start);
      firstRole ??= role;
      const found = mentionStatus(sentence.text, role);
      status = status === undefined ? found : furthestStatus(status, found);
      evidence.set(sentence.start, sentence);
    }
    const names = [...new Set(list.map((hit) => normalizeName(target.text.slice(hit.start, hit.end))))];
    rows.push({
      key,
      name: names[0]!,
      names: [...names].sort(),
      terms: [...new Set(list.map((hit) => hit.term.text))].sort(),
      status: status ?? "ongoing",
      sectionRole: firstRole ?? "other",
      evidence: [...evidence.values()],
    });
  }
  const sentences = [...further.values()].sort((a, b) => a.evidence.start - b.evidence.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows, sentences };
}
