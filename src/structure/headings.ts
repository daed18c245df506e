import { MARKER_FIRST, MARKER_PATTERNS, MARKER_RANK, RUN_ON_CUE, RUN_ON_FIRST, type MarkerKind } from "./heading-markers.ts";
import { roleOfHeading } from "./roles.ts";
import { isSpace } from "./text-utils.ts";

/** A heading found in the text; offsets are in the coordinates of the text searched. */
export interface Heading {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MarkerKind;
  readonly level: number;
}

type Found = Omit<Heading, "level">;

const BOUNDARY = /[\n。！？；：:!?;]/gu;
const SEGMENT_END = /[\n。！？；;!?：:]/u;
const CLAUSE_END = /[，,。；;：:\n]/u;
const MAX_SEGMENT = 80;
const MAX_HEADING = 40;
const MAX_FIRST_CLAUSE = 30;
const MIN_RUN_ON = 2;
const LEAD_IN = /^[^。！？!?\n，,]{4,24}(?:[，,][^。！？!?\n，,]{2,16})?。/u;
const MIN_AFTER_LEAD_IN = 30;
const MAX_LEVEL = 8;

function firstIndex(pattern: RegExp, text: string): number {
  const i = text.search(pattern);
  return i < 0 ? text.length : i;
}

/** Where a heading's own words end, given where they start. */
function headingEnd(text: string, from: number, to: number, kind: MarkerKind): number {
  const window = text.slice(from, Math.min(to, from + MAX_SEGMENT));
  if (kind === "sequence") return from + Math.min(firstIndex(CLAUSE_END, window), MAX_FIRST_CLAUSE);
  const segment = firstIndex(SEGMENT_END, window);
  const comma = firstIndex(/[，,]/u, window);
  let quoted = false;
  for (let c = 0; c < Math.min(segment, comma + 1); c++) {
    const ch = window[c]!;
    // `“五统一、一开放”` is a name, not a heading running into the next.
    if (ch === "“" || ch === "”") quoted = ch === "“";
    if (c < MIN_RUN_ON || quoted || !RUN_ON_FIRST.has(ch)) continue;
    if (RUN_ON_CUE.test(window.slice(c, c + 12))) return from + c;
  }
  if (segment <= MAX_HEADING) return from + segment;
  return from + Math.min(comma, MAX_FIRST_CLAUSE);
}

function leadInAt(text: string, pos: number, to: number): Found | null {
  const window = text.slice(pos, Math.min(to, pos + 200));
  const m = LEAD_IN.exec(window);
  if (!m) return null;
  const rest = window.slice(m[0].length);
  const lineRest = rest.split("\n", 1)[0] ?? "";
  if (lineRest.length < MIN_AFTER_LEAD_IN) return null;
  const end = pos + m[0].length - 1;
  return { start: pos, end, text: text.slice(pos, end), kind: "lead-in" };
}

// A short line of its own with no punctuation at all (`2024年工作回顾`): some reports
// number none of their parts.
const PART_LINE = /^[一-龥\d“”"《》〇○]{4,24}$/u;
const BYLINE_WORD = /来源|记者|日报|新华社|总理|省长|市长|主席|代表/u;

function lineHeadingAt(text: string, pos: number, to: number, seen: LineHeadingState): Found | null {
  const stop = text.indexOf("\n", pos);
  const end = stop < 0 || stop > to ? to : stop;
  const line = text.slice(pos, end).trimEnd();
  if (!PART_LINE.test(line) || BYLINE_WORD.test(line) || seen.numbered) return null;
  if (!seen.lines && roleOfHeading(line) === null) return null;
  seen.lines = true;
  return { start: pos, end: pos + line.length, text: line, kind: "line" };
}

interface LineHeadingState {
  /** A numbered part (`一、`) was met: unnumbered lines are then not parts. */
  numbered: boolean;
  /** An unnumbered part line was met: later ones need no role word. */
  lines: boolean;
}

function headingAt(text: string, pos: number, to: number, lineStart: boolean, seen: LineHeadingState): Found | null {
  if (!MARKER_FIRST.has(text[pos]!)) {
    if (!lineStart) return null;
    return lineHeadingAt(text, pos, to, seen) ?? leadInAt(text, pos, to);
  }
  const window = text.slice(pos, Math.min(to, pos + 12));
  for (const [kind, pattern] of MARKER_PATTERNS) {
    const m = pattern.exec(window);
    if (!m) continue;
    let textStart = pos + m[0].length;
    while (textStart < to && isSpace(text[textStart])) textStart++;
    const end = headingEnd(text, textStart, to, kind);
    const words = text.slice(textStart, end).trim();
    if (words.length === 0) return null;
    if (kind === "chinese" || kind === "part") seen.numbered = true;
    return { start: pos, end, text: words, kind };
  }
  return lineStart ? (lineHeadingAt(text, pos, to, seen) ?? leadInAt(text, pos, to)) : null;
}

function isLineStart(text: string, pos: number, from: number): boolean {
  let i = pos - 1;
  while (i >= from && isSpace(text[i])) i--;
  return i < from || text[i] === "\n";
}

/** Gives each heading a level from the nesting of numbering styles met so far. */
function assignLevels(found: readonly Found[]): Heading[] {
  const stack: MarkerKind[] = [];
  return found.map((heading) => {
    const at = stack.indexOf(heading.kind);
    if (at >= 0) stack.length = at + 1;
    else {
      while (stack.length > 0 && MARKER_RANK[stack[stack.length - 1]!] > MARKER_RANK[heading.kind]) stack.pop();
      stack.push(heading.kind);
    }
    return { ...heading, level: Math.min(stack.length, MAX_LEVEL) };
  });
}

/**
 * Headings in `text[from, to)` at every level — numbered (`一、`, `（一）`, `1.`, `（1）`, `①`),
 * enumerated (`一是`, `首先，`), unnumbered part lines and bold lead-in sentences — also
 * when they run inline into each other and into their body, as in pages copied from
 * document sites.
 */
export function findHeadings(text: string, from: number, to: number): Heading[] {
  const found: Found[] = [];
  const seen: LineHeadingState = { numbered: false, lines: false };
  let pos = from;
  while (pos < to) {
    while (pos < to && isSpace(text[pos])) pos++;
    if (pos >= to) break;
    const heading = headingAt(text, pos, to, isLineStart(text, pos, from), seen);
    if (heading) {
      found.push(heading);
      // The next heading may start right where this one's words end.
      pos = startsWithMarker(text, heading.end) ? heading.end : nextBoundary(text, heading.end, to);
      continue;
    }
    pos = nextBoundary(text, pos, to);
  }
  return assignLevels(found);
}

function startsWithMarker(text: string, pos: number): boolean {
  let i = pos;
  while (isSpace(text[i])) i++;
  if (!MARKER_FIRST.has(text[i]!)) return false;
  const window = text.slice(i, i + 12);
  return MARKER_PATTERNS.some(([, pattern]) => pattern.test(window));
}

function nextBoundary(text: string, pos: number, to: number): number {
  BOUNDARY.lastIndex = pos;
  const m = BOUNDARY.exec(text);
  return m === null || m.index >= to ? to + 1 : m.index + 1;
}
