import type { SectionRole, StructuredReport } from "../../domain/index.ts";

/** A clause of a report sentence, in normalised-text coordinates. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The mark that closed the clause (`，`, `；`, `：`, `。`, …), or "" at the end of a sentence. */
  readonly closer: string;
}

/** A sentence as a reader sees it (up to 。！？), with the paragraph and role it belongs to. */
export interface ClauseSentence {
  readonly start: number;
  readonly end: number;
  readonly role: SectionRole;
  readonly sectionId: string | null;
  /** True when a line break separates this sentence from the one before. */
  readonly opensParagraph: boolean;
  readonly clauses: readonly Clause[];
}

/** Closing mark for each opening quote or bracket, by character code. */
const OPENERS = new Map([["“", "”"], ["（", "）"], ["(", ")"], ["《", "》"], ["‘", "’"], ["「", "」"]].map(([o, c]) => [o!.charCodeAt(0), c!.charCodeAt(0)]));
const NEWLINE = 10;
const PLAIN = 0;
const SENTENCE_END = 1;
const CLAUSE_END = 2;
const OPENER = 3;

/** One class per UTF-16 code unit, so the scan asks a table instead of a set per character. */
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of "。！？!?\n") table[c.charCodeAt(0)] = SENTENCE_END;
  for (const c of "，,；;：:") table[c.charCodeAt(0)] = CLAUSE_END;
  for (const code of OPENERS.keys()) table[code] = OPENER;
  return table;
})();

/**
 * Splits every report sentence into reader sentences and those into clauses. Marks inside
 * quotes or brackets do not split, so a quoted slogan stays whole.
 */
export function splitReport(report: StructuredReport): ClauseSentence[] {
  const out: ClauseSentence[] = [];
  const text = report.doc.text;
  let previousEnd = -1;
  for (const sentence of report.sentences) {
    // A sentence of white space is a paragraph break; keep it in the next gap.
    if (sentence.text.trim() === "") continue;
    const gap = previousEnd < 0 ? "\n" : text.slice(previousEnd, sentence.start);
    let opensParagraph = gap.includes("\n") || previousEnd < 0;
    for (const piece of splitSentence(text, sentence.start, sentence.end)) {
      const last = out[out.length - 1];
      // A sentence the structure stage ended at ； goes on to the next 。 for a reader.
      if (!opensParagraph && last && endsAtSemicolon(last) && last.role === sentence.role) {
        out[out.length - 1] = { ...last, end: piece.end, clauses: [...last.clauses, ...piece.clauses] };
      } else {
        out.push({ ...piece, role: sentence.role, sectionId: sentence.sectionId, opensParagraph });
      }
      opensParagraph = false;
    }
    previousEnd = sentence.end;
  }
  return out;
}

function endsAtSemicolon(sentence: ClauseSentence): boolean {
  const closer = sentence.clauses[sentence.clauses.length - 1]?.closer;
  return closer === "；" || closer === ";";
}

function splitSentence(text: string, start: number, end: number): Array<{ start: number; end: number; clauses: Clause[] }> {
  const sentences: Array<{ start: number; end: number; clauses: Clause[] }> = [];
  let clauses: Clause[] = [];
  let sentenceStart = start;
  let clauseStart = start;
  const pushClause = (clauseEnd: number, closer: string): void => {
    const raw = text.slice(clauseStart, clauseEnd);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) clauses.push({ start: clauseStart + lead, end: clauseStart + lead + body.length, text: body, closer });
  };
  const pushSentence = (sentenceEnd: number): void => {
    if (clauses.length > 0) sentences.push({ start: clauses[0]!.start, end: sentenceEnd, clauses });
    clauses = [];
    sentenceStart = sentenceEnd;
  };
  const closing: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const kind = CHAR_CLASS[code];
    if (kind === PLAIN && closing.length === 0) continue;
    if (kind === OPENER) {
      closing.push(OPENERS.get(code)!);
      continue;
    }
    if (closing.length > 0) {
      if (code === closing[closing.length - 1]) closing.pop();
      // An unbalanced bracket must not swallow the rest of a long line.
      else if (kind === SENTENCE_END) closing.length = 0;
      else continue;
    }
    if (kind === SENTENCE_END) {
      pushClause(i, code === NEWLINE ? "" : text[i]!);
      pushSentence(code === NEWLINE ? i : i + 1);
      clauseStart = i + 1;
    } else if (kind === CLAUSE_END) {
      pushClause(i, text[i]!);
      clauseStart = i + 1;
    }
  }
  pushClause(end, "");
  if (clauses.length > 0) pushSentence(Math.max(sentenceStart, clauses[clauses.length - 1]!.end));
  return sentences;
}
