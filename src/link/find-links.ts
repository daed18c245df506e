import type { SectionRole } from "../domain/index.ts";
import { cutWords } from "../extract/shared/tokenizer.ts";
import { normalizeName } from "../resolve/index.ts";
import { furthestStatus, mentionStatus } from "../extract/projects/index.ts";
import { foldText } from "./fold.ts";
import { isFollowedByLongerWord, isPrecededByLongerWord } from "./guards.ts";
import type { KeyAlias } from "./aliases.ts";
import type { Lexicon, LexiconTerm } from "./lexicon.ts";

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

// A short aside in brackets inside a name (`中欧（亚）班列`, `校（院所）企双进`).
const ASIDE = /[（(][^（()）。；;\n]{1,12}[)）]/gu;

/**
 * The text without the quotes, brackets and blanks that names are compared without
 * (`自然保护地“绿盾”行动` is searched for as `自然保护地绿盾行动`), and for each character
 * left its offset in the text; with `asides`, short bracketed asides go whole
 * (`中欧（亚）班列` is also searched as `中欧班列`). Line breaks stay: they end sentences.
 */
function withoutQuotes(text: string, asides: boolean): { text: string; offsets: number[] } {
  const dropped = new Set<number>();
  if (asides) for (const match of text.matchAll(ASIDE)) for (let i = match.index; i < match.index + match[0].length; i++) dropped.add(i);
  let bare = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (dropped.has(i) || IGNORED_IN_NAMES.test(text[i]!)) continue;
    bare += text[i];
    offsets.push(i);
  }
  return { text: bare, offsets };
}

/** A scope's lexicon as the linker reads it: terms by their first two characters, and the aliases. */
export interface LinkIndex {
  readonly terms: ReadonlyMap<string, readonly LexiconTerm[]>;
  readonly aliases: readonly KeyAlias[];
}

/** Terms indexed by their first two characters, so a text is scanned once whatever the lexicon's size. */
export function indexLexicon(lexicon: Pick<Lexicon, "terms" | "aliases">): LinkIndex {
  const index = new Map<string, LexiconTerm[]>();
  for (const term of lexicon.terms) {
    const head = term.text.slice(0, 2);
    index.set(head, [...(index.get(head) ?? []), term]);
  }
  return { terms: index, aliases: lexicon.aliases };
}

interface Hit {
  readonly term: LexiconTerm;
  readonly start: number;
  readonly end: number;
}

/** Where a report mentions a node, found by a term or through an alias: offsets into its text. */
interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly term: string;
}

/**
 * A report that names a node another one is an alias of (`雄忻铁路` of `雄忻高铁`) mentions
 * that one too, in each sentence its own extraction keeps for the first, under its spelling.
 */
function aliasOccurrences(target: LinkTarget, aliases: readonly KeyAlias[]): Array<Occurrence & { readonly key: string }> {
  const found: Array<Occurrence & { readonly key: string }> = [];
  for (const alias of aliases) {
    if (!target.extractedKeys.has(alias.from) || target.extractedKeys.has(alias.to)) continue;
    for (const sentence of target.projectSentences) {
      const at = sentence.lastIndexOf("@");
      if (sentence.slice(0, at) !== alias.from) continue;
      const start = Number(sentence.slice(at + 1)) - target.start;
      if (!Number.isInteger(start) || start < 0 || start >= target.text.length) continue;
      found.push({ key: alias.to, start, end: start, name: alias.names[0]!, term: alias.names[0]! });
    }
  }
  return found;
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

function evidenceOf(target: LinkTarget, hit: { readonly start: number; readonly end: number }): LinkEvidence {
  const sentence = sentenceAround(target.text, hit.start, hit.end);
  const start = target.start + sentence.start;
  const end = target.start + sentence.end;
  return { id: `${target.id}:l${start}-${end}`, text: target.text.slice(sentence.start, sentence.end), start, end };
}

/** A match of a quoted term stands between quotes. */
const isQuotedAt = (text: string, start: number, end: number): boolean => text[start - 1] === "“" && text[end] === "”";

export function findLinks(target: LinkTarget, index: LinkIndex): LinkResult {
  const folded = foldText(target.text);
  const found = new Map<string, Hit>();
  const boundaryCache = new Map<number, Set<number>>();
  for (const asides of [false, true]) {
    const { text: bare, offsets } = withoutQuotes(folded, asides);
    if (asides && bare.length === withoutQuotes(folded, false).text.length) break;
    for (let at = 0; at + 1 < bare.length; at++) {
      const candidates = index.terms.get(bare.slice(at, at + 2));
      if (!candidates) continue;
      for (const term of candidates) {
        if (!bare.startsWith(term.text, at)) continue;
        const i = offsets[at]!;
        const end = offsets[at + term.text.length - 1]! + 1;
        if (found.has(`${term.text}\u0000${term.key}\u0000${i}`)) continue;
        if (term.quoted === true) {
          if (isQuotedAt(folded, i, end)) found.set(`${term.text}\u0000${term.key}\u0000${i}`, { term, start: i, end });
          continue;
        }
        if (isFollowedByLongerWord(folded, end) || isPrecededByLongerWord(folded, i)) continue;
        const sentence = sentenceAround(target.text, i, end);
        let boundaries = boundaryCache.get(sentence.start);
        if (!boundaries) {
          boundaries = wordBoundaries(folded.slice(sentence.start, sentence.end));
          boundaryCache.set(sentence.start, boundaries);
        }
        if (!boundaries.has(i - sentence.start) || !boundaries.has(end - sentence.start)) continue;
        found.set(`${term.text}\u0000${term.key}\u0000${i}`, { term, start: i, end });
      }
    }
  }
  const all = [...found.values()].sort((a, b) => a.start - b.start || (a.term.text < b.term.text ? -1 : a.term.text > b.term.text ? 1 : 0));
  const hits = all.filter((hit) => !target.extractedKeys.has(hit.term.key));
  const further = new Map<string, { key: string; evidence: LinkEvidence }>();
  for (const hit of all.filter((h) => target.extractedKeys.has(h.term.key))) {
    const evidence = evidenceOf(target, hit);
    if (!target.projectSentences.has(`${hit.term.key}@${evidence.start}`)) further.set(`${hit.term.key}\u0000${evidence.start}`, { key: hit.term.key, evidence });
  }

  const byKey = new Map<string, Occurrence[]>();
  const add = (key: string, occurrence: Occurrence): void => {
    byKey.set(key, [...(byKey.get(key) ?? []), occurrence]);
  };
  for (const hit of hits) add(hit.term.key, { start: hit.start, end: hit.end, name: normalizeName(target.text.slice(hit.start, hit.end)), term: hit.term.text });
  for (const occurrence of aliasOccurrences(target, index.aliases)) add(occurrence.key, occurrence);
  const rows: LinkRow[] = [];
  for (const [key, found] of [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // In the order of the text, whatever order the stored sentences came in.
    const list = [...found].sort((a, b) => a.start - b.start || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const evidence = new Map<number, LinkEvidence>();
    let status: LinkRow["status"] | undefined;
    let firstRole: SectionRole | undefined;
    for (const occurrence of list) {
      const sentence = evidenceOf(target, occurrence);
      const role = roleAt(target.sections, target.start + occurrence.start);
      firstRole ??= role;
      const found = mentionStatus(sentence.text, role);
      status = status === undefined ? found : furthestStatus(status, found);
      evidence.set(sentence.start, sentence);
    }
    const names = [...new Set(list.map((occurrence) => occurrence.name))];
    rows.push({
      key,
      name: names[0]!,
      names: [...names].sort(),
      terms: [...new Set(list.map((occurrence) => occurrence.term))].sort(),
      status: status ?? "ongoing",
      sectionRole: firstRole ?? "other",
      evidence: [...evidence.values()].sort((a, b) => a.start - b.start),
    });
  }
  const sentences = [...further.values()].sort((a, b) => a.evidence.start - b.evidence.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows, sentences };
}
