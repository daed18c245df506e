import type { Sentence, SectionRole } from "../domain/index.ts";
import type { OutlineSection } from "./sections.ts";
import { isSpace } from "./text-utils.ts";

const STOP = new Set(["。", "！", "？", "!", "?", "；", ";", "\n"]);
const STOP_PATTERN = /[。！？!?；;\n]/gu;
// Past this, a sentence is cut at a comma so that extractors see clauses of sane size.
const MAX_SENTENCE = 200;
const CLAUSE_TARGET = 120;

const isBlank = (ch: string | undefined): boolean => ch === "\n" || isSpace(ch);

interface Piece {
  readonly start: number;
  readonly end: number;
}

function trimmed(text: string, start: number, end: number): Piece | null {
  let s = start;
  let e = end;
  while (s < e && isBlank(text[s])) s++;
  while (e > s && isBlank(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

function* clauses(text: string, piece: Piece): Generator<Piece> {
  let start = piece.start;
  while (piece.end - start > MAX_SENTENCE) {
    let cut = -1;
    for (let i = start + CLAUSE_TARGET; i < piece.end && i < start + MAX_SENTENCE; i++) {
      if (text[i] === "，" || text[i] === ",") {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) break;
    yield { start, end: cut };
    start = cut;
  }
  yield { start, end: piece.end };
}

/** Splits `text[from, to)` at sentence stops, line breaks and the given heading bounds. */
function pieces(text: string, from: number, to: number, breaks: readonly number[]): Piece[] {
  const out: Piece[] = [];
  let start = from;
  let b = 0;
  const emit = (end: number): void => {
    const piece = trimmed(text, start, end);
    if (piece) out.push(...clauses(text, piece));
    start = end;
  };
  const breakUpTo = (limit: number): void => {
    while (b < breaks.length && breaks[b]! <= limit) {
      const at = breaks[b++]!;
      // A heading that ends on a stop keeps it; the stop itself closes the piece.
      if (at > start && at < to && !STOP.has(text[at]!)) emit(at);
    }
  };
  STOP_PATTERN.lastIndex = from;
  for (let m = STOP_PATTERN.exec(text); m !== null && m.index < to; m = STOP_PATTERN.exec(text)) {
    breakUpTo(m.index);
    emit(m.index + 1);
  }
  breakUpTo(to);
  emit(to);
  return out;
}

/**
 * The sentences (and over-long sentences' clauses) of one report, each with the
 * innermost section it falls in and that section's role (the report's own role outside
 * any section). Linear in the report's length.
 */
export function splitSentences(
  text: string,
  from: number,
  to: number,
  outline: readonly OutlineSection[],
  headingEnds: readonly number[],
  reportRole: SectionRole = "other",
): Sentence[] {
  const breaks = [...outline.map((s) => s.start), ...headingEnds].sort((a, b) => a - b);
  const open: OutlineSection[] = [];
  let next = 0;
  return pieces(text, from, to, breaks).map(({ start, end }) => {
    while (next < outline.length && outline[next]!.start <= start) open.push(outline[next++]!);
    while (open.length > 0 && open[open.length - 1]!.end <= start) open.pop();
    const section = open[open.length - 1];
    return { start, end, text: text.slice(start, end), sectionId: section?.id ?? null, role: section?.role ?? reportRole };
  });
}
