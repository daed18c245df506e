import type { Problem, SectionRole, StructuredReport } from "../../domain/index.ts";
import { originalSpan } from "../../read/index.ts";
import type { Extractor } from "../types.ts";
import { splitReport, type Clause, type ClauseSentence } from "./clauses.ts";
import { CONSEQUENCE, CONTINUES_LIST, CONTRAST_START, ENUMERATOR, EXTERNAL, FRAME } from "./cues.ts";
import { clauseBody, facingCore, hasCue, isClosing, isCuedProblem, isLeadIn, isListedProblem } from "./judge.ts";
import { classifyTheme } from "./theme.ts";

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
      records.push({ text, theme: classifyTheme(text), sectionRole: sentence.role, evidence: evidenceOf(report, sentence) });
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

function evidenceOf(report: StructuredReport, sentence: ClauseSentence): Problem["evidence"] {
  const span = originalSpan(report.doc, sentence.start, sentence.end);
  return { text: report.doc.original.slice(span.start, span.end), start: span.start, end: span.end };
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
  const done = (open: boolean | undefined): ScanResult => ({ found, listOpen: open, announcesNext });
  const sentenceText = report.doc.text.slice(sentence.start, sentence.end);
  // Items without a cue word count only in the lead-in's own sentence, in a numbered item,
  // or beside a cued problem: further on, a list often turns into explanation.
  let vouched = hasCue(sentenceText) || startsItem(sentence);
  const planLike = PLAN_ROLES.has(sentence.role);
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
    if (listed && CONTRAST_START.test(clause.text)) return done(announced ? false : listOpen);
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
      const last = found[found.length - 1];
      if (last) last.end = clause.end;
      continue;
    }
    const core = facingCore(body.text);
    const text = core ? body.text.slice(core.start, core.end) : body.text;
    const context = { sentence: sentenceText, previous: previousBody };
    const accepted = listed ? isListedProblem(text, announced && vouched) : isCuedProblem(text, planLike, context);
    previousAccepted = accepted;
    if (accepted) {
      const start = core ? bodyStart + core.start : bodyStart;
      const end = core ? bodyStart + core.end : clause.end - trailingEtc(clause.text);
      found.push({ start: frame && !core ? frame.start + clauseBody(frame.text).offset : start, end });
    }
    frame = null;
    previousBody = body.text;
  }
  return done(listOpen);
}
