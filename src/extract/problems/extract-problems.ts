import type { Problem, SectionRole, StructuredReport } from "../../domain/index.ts";
import { originalSpan, sourceEvidence } from "../../text/index.ts";
import type { Extractor } from "../types.ts";
import { splitReport, type Clause, type ClauseSentence } from "./clauses.ts";
import {
  CAUSE_ITEM_CLOSER,
  CAUSE_ITEM_OPENER,
  CAUSE_LIST_OPENER,
  CONCEDES,
  CONSEQUENCE,
  CONSEQUENCE_VERB,
  CONTINUES_CLAUSE,
  CONTINUES_LIST,
  CONTRAST_START,
  ENUMERATOR,
  EXTERNAL,
  FRAME,
  INLINE_LEAD_IN,
} from "./cues.ts";
import { attributedCore, clauseBody, facingCore, hasCue, isClosing, isCuedProblem, isLeadIn, isListedProblem } from "./judge.ts";
import { classifyTheme } from "./theme.ts";

/** Every inline lead-in names one of these; a cheap test spares the full pattern. */
const INLINE_HINT = /问题|矛盾|困难/u;
const STRONG_BREAK: ReadonlySet<string> = new Set(["；", ";", "。", "！", "？", "!", "?"]);
const PLAN_ROLES: ReadonlySet<SectionRole> = new Set(["plan", "targets", "measures"]);

interface Found {
  start: number;
  end: number;
}

/** Every stated shortcoming, risk or difficulty, one clause each. */
export const extractProblems: Extractor<Problem> = (report) => {
  const records: Problem[] = [];
  const seen = new Set<string>();
  let inList = false;
  // A lead-in that ends its paragraph (`存在的问题：`) announces the paragraphs after it.
  let awaitingItems = false;
  // A section headed `存在的问题` announces every item in it.
  const listSections = new Set(report.sections.filter((x) => isLeadIn(clauseBody(x.heading).text)).map((x) => x.id));
  for (const sentence of splitReport(report)) {
    if (sentence.opensParagraph && inList) {
      if (awaitingItems) awaitingItems = false;
      else inList = continuesList(sentence);
    }
    const inListSection = sentence.sectionId !== null && listSections.has(sentence.sectionId);
    const result = scanSentence(report, sentence, inList || inListSection);
    awaitingItems = result.announcesNext;
    inList = result.listOpen ?? inList;
    for (const found of result.found) {
      const span = originalSpan(report.doc, found.start, found.end);
      const text = report.doc.original.slice(span.start, span.end).trim();
      // A template mark (`XX区`) stays as written: the clause is a statement, not a name or value.
      if (!text || seen.has(text)) continue;
      seen.add(text);
      records.push({ text, theme: classifyTheme(text), sectionRole: sentence.role, evidence: sourceEvidence(report.doc, sentence) });
    }
  }
  return { records, diagnostics: [] };
};

/** `…不适应形势需要等`: the closing 等 of a list is not part of the last problem. */
function trailingEtc(text: string): number {
  return /(?<![平对均同相])等(?:等)?$/u.exec(text)?.[0].length ?? 0;
}

function startsItem(sentence: ClauseSentence): boolean {
  const first = sentence.clauses[0];
  return first !== undefined && ENUMERATOR.test(first.text);
}

function continuesList(sentence: ClauseSentence): boolean {
  const first = sentence.clauses[0];
  return first !== undefined && CONTINUES_LIST.test(first.text);
}

interface ScanResult {
  readonly found: Found[];
  readonly listOpen: boolean | undefined;
  /** The sentence ends on a lead-in with a colon or no mark at all: its items follow below. */
  readonly announcesNext: boolean;
}

const ANNOUNCING_CLOSERS: ReadonlySet<string> = new Set(["：", ":", ""]);

/**
 * Judges the clauses of one sentence. `listOpen` is true when the sentence opens a list
 * of problems (a lead-in), false when it closes one, undefined when it does neither.
 */
function scanSentence(report: StructuredReport, sentence: ClauseSentence, announcedAtStart: boolean): ScanResult {
  const found: Found[] = [];
  let announced = announcedAtStart;
  let listed = announced || sentence.role === "problems";
  let listOpen: boolean | undefined;
  let frame: Clause | null = null;
  let previousAccepted = false;
  let outside = false;
  let announcesNext = false;
  let previousBody = "";
  let previousStart = 0;
  const done = (open: boolean | undefined): ScanResult => ({ found, listOpen: open, announcesNext });
  const sentenceText = report.doc.text.slice(sentence.start, sentence.end);
  // Items without a cue word count only in the lead-in's own sentence, in a numbered item,
  // or beside a cued problem: further on, a list often turns into explanation.
  let vouched = hasCue(sentenceText) || startsItem(sentence);
  // `这里有A，B的原因，也有C的因素`: a sentence that gives the causes of a difficulty lists
  // them as problems when one of them carries a cue.
  const givesCauses = vouched && sentence.clauses.some((c) => CAUSE_ITEM_CLOSER.test(clauseBody(c.text).text));
  const planLike = PLAN_ROLES.has(sentence.role);
  const extendLast = (clause: Clause): void => {
    const last = found[found.length - 1];
    if (last) last.end = clause.end - trailingEtc(clause.text);
  };
  for (const [index, clause] of sentence.clauses.entries()) {
    const body = clauseBody(clause.text);
    const bodyStart = clause.start + body.offset;
    if (listed && EXTERNAL.test(body.text)) {
      // Outside forces named first run to the end of their sentence or semicolon.
      outside = index === 0 || outside;
      continue;
    }
    // A cued clause is the report's own problem again (`…不利影响加深，内需不足`).
    if (outside && (index === 0 || !hasCue(body.text))) {
      outside = !STRONG_BREAK.has(clause.closer) && clause.closer !== "";
      continue;
    }
    outside = false;
    if (isLeadIn(body.text)) {
      listed = true;
      announced = true;
      vouched = true;
      listOpen = true;
      previousAccepted = false;
      announcesNext = ANNOUNCING_CLOSERS.has(clause.closer);
      continue;
    }
    announcesNext = false;
    // `有的…，有的…`, `…，甚至…`, `虽有缓解，但尚未消除`: the same problem goes on.
    if (previousAccepted && continuesProblem(body.text, clause.text, previousBody, report.doc.text.slice(found[found.length - 1]?.start ?? 0, clause.start))) {
      extendLast(clause);
      previousBody = body.text;
      continue;
    }
    const concedes = CONCEDES.test(previousBody);
    // The list of causes starts at its first item (`这里有…`, `由于…`).
    const opensCause = givesCauses && CAUSE_ITEM_OPENER.test(body.text);
    if (opensCause) listed = announced = true;
    if (listed && !concedes && !opensCause && CONTRAST_START.test(clause.text)) return done(announced ? false : listOpen);
    if (listed && isClosing(body.text)) {
      // `我们要直面问题…` ends an announced list; before any list it is only a remark.
      if (announced) return done(false);
      previousAccepted = false;
      continue;
    }
    if (FRAME.test(body.text)) {
      frame = clause;
      continue;
    }
    if (previousAccepted && CONSEQUENCE.test(body.text) && !hasCue(body.text)) {
      extendLast(clause);
      continue;
    }
    let judged = { start: 0, end: body.text.length };
    const inline = INLINE_HINT.test(body.text) ? INLINE_LEAD_IN.exec(body.text) : null;
    if (inline) {
      // `存在的突出问题是X`: X is the first problem and the sentence is a list.
      listed = announced = vouched = true;
      listOpen = true;
      judged = { start: inline[0].length, end: body.text.length };
    }
    const opener = CAUSE_LIST_OPENER.exec(body.text);
    if (opener && (found.length > 0 || listed)) {
      // `…矛盾突出，主要是：…；…`: the causes that follow are problems too.
      listed = announced = vouched = true;
      judged = { start: opener[0].length, end: body.text.length };
      if (judged.start >= judged.end) continue;
    }
    const cut = givesCauses || CAUSE_ITEM_CLOSER.test(body.text) ? causeItem(body.text.slice(judged.start, judged.end)) : null;
    if (cut) judged = { start: judged.start + cut.start, end: judged.start + cut.end };
    const consequence = previousAccepted && hasCue(body.text) ? CONSEQUENCE_VERB.exec(body.text.slice(judged.start)) : null;
    if (consequence) judged = { start: judged.start + consequence[0].length, end: judged.end };
    const rest = body.text.slice(judged.start, judged.end);
    const inner = facingCore(rest) ?? attributedCore(rest);
    if (inner) judged = { start: judged.start + inner.start, end: judged.start + inner.end };
    const trimmed = judged.start > 0 || judged.end < body.text.length;
    const text = body.text.slice(judged.start, judged.end);
    const next = sentence.clauses[index + 1];
    const context = { sentence: sentenceText, previous: previousBody, next: next ? clauseBody(next.text).text : "" };
    const accepted = listed ? isListedProblem(text, announced && vouched) : isCuedProblem(text, planLike, context);
    previousAccepted = accepted;
    if (accepted) {
      // `虽有缓解，但尚未根本消除`: the turn states the problem the concession began.
      const start = concedes && CONTRAST_START.test(clause.text) ? previousStart : bodyStart + judged.start;
      const end = trimmed ? bodyStart + judged.end : clause.end - trailingEtc(clause.text);
      found.push({ start: frame && !trimmed ? frame.start + clauseBody(frame.text).offset : start, end });
    }
    frame = null;
    previousBody = body.text;
    previousStart = bodyStart;
  }
  return done(listOpen);
}

/** `这里有A的原因` → A; `由于B等原因` → B: the cause inside an item of a list of causes. */
function causeItem(text: string): { start: number; end: number } | null {
  const opener = CAUSE_ITEM_OPENER.exec(text);
  const closer = CAUSE_ITEM_CLOSER.exec(text);
  if (!opener && !closer) return null;
  const start = opener ? opener[0].length : 0;
  const end = closer ? closer.index : text.length;
  return end - start >= 2 ? { start, end } : null;
}

/**
 * True when a clause goes on with the problem accepted just before it: a second `有的…`
 * after a first, `甚至…`, or the turn `但…` after a concession `虽…`.
 */
function continuesProblem(body: string, raw: string, previousBody: string, sinceLast: string): boolean {
  if (body.startsWith("有的")) return sinceLast.includes("有的");
  if (CONTINUES_CLAUSE.test(body)) return true;
  return CONCEDES.test(previousBody) && CONTRAST_START.test(raw) && hasCue(body);
}
