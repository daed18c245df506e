import { meantIdeographs } from "./pdf-glyph-aliases.ts";

/** A run of text placed on a PDF page (PDF coordinates: y grows upwards). */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One printed line: its text, horizontal extent, baseline and font size. */
export interface PdfLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
}

const LATIN = /[0-9A-Za-z%.,;:)\]-]/;
const ALNUM = /[0-9A-Za-z]/;
/** Fonts draw —— as one two-em dash glyph (U+2E3A, U+2E3B for three), and text extraction returns that. */
const EM_DASHES = /[\u2e3a\u2e3b]/g;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Items whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.5;
/** A gap this wide (in font sizes) is a column or tab stop and always becomes a space. */
const WIDE_GAP = 0.8;
/** Latin words need a space at a narrower gap; CJK text has none between characters. */
const WORD_GAP = 0.2;

function joinLine(items: readonly PlacedText[]): PdfLine | null {
  const ordered = [...items].sort((a, b) => a.x - b.x);
  let text = "";
  let previous: PlacedText | undefined;
  for (const item of ordered) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const size = Math.max(previous.height, item.height, 1);
      const [before, after] = [text.slice(-1), item.str.charAt(0)];
      // Word processors set a thin gap between CJK characters and Latin letters or digits
      // (autospacing); it is not a space in the text.
      const autospaced = (ALNUM.test(before) && CJK.test(after)) || (CJK.test(before) && ALNUM.test(after));
      const latinJoin = !autospaced && (LATIN.test(before) || LATIN.test(after));
      if (gap > WIDE_GAP * size || (latinJoin && gap > WORD_GAP * size)) text += " ";
    }
    text += meantIdeographs(item.str).replace(EM_DASHES, (dashes) => "—".repeat(dashes === "\u2e3a" ? 2 : 3));
    previous = item;
  }
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const first = ordered[0]!;
  const right = Math.max(...ordered.map((item) => item.x + item.width));
  const size = Math.max(...ordered.map((item) => item.height));
  return { text: trimmed, left: first.x, right, y: first.y, size };
}

/**
 * Rebuilds the lines of one page from its text items: PDF text has no reliable line
 * breaks, only positions, so items are grouped by baseline and ordered left to right.
 */
export function pageLines(items: readonly PlacedText[]): PdfLine[] {
  const visible = items.filter((item) => item.str.trim() !== "");
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: PlacedText[] = [];
  let baseline = Number.NaN;
  const flush = (): void => {
    const line = joinLine(current);
    if (line) lines.push(line);
    current = [];
  };
  for (const item of visible) {
    const tolerance = SAME_LINE * Math.max(item.height, current[0]?.height ?? 0, 1);
    if (current.length > 0 && Math.abs(item.y - baseline) > tolerance) flush();
    if (current.length === 0) baseline = item.y;
    current.push(item);
  }
  if (current.length > 0) flush();
  return lines;
}
