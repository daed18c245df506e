/** A run of text placed on a PDF page (PDF coordinates: y grows upwards). */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const LATIN = /[0-9A-Za-z%.,;:)\]]/;

/** Items whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.5;
/** A gap this wide (in font sizes) is a column or tab stop and always becomes a space. */
const WIDE_GAP = 0.8;
/** Latin words need a space at a narrower gap; CJK text has none between characters. */
const WORD_GAP = 0.2;

function joinLine(items: readonly PlacedText[]): string {
  const ordered = [...items].sort((a, b) => a.x - b.x);
  let line = "";
  let previous: PlacedText | undefined;
  for (const item of ordered) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const size = Math.max(previous.height, item.height, 1);
      const latinJoin = LATIN.test(line.slice(-1)) || LATIN.test(item.str.charAt(0));
      if (gap > WIDE_GAP * size || (latinJoin && gap > WORD_GAP * size)) line += " ";
    }
    line += item.str;
    previous = item;
  }
  return line.trim();
}

/**
 * Rebuilds the lines of one page from its text items: PDF text has no reliable line
 * breaks, only positions, so items are grouped by baseline and ordered left to right.
 */
export function pageLines(items: readonly PlacedText[]): string[] {
  const visible = items.filter((item) => item.str.trim() !== "");
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: string[] = [];
  let current: PlacedText[] = [];
  let baseline = Number.NaN;
  for (const item of visible) {
    const tolerance = SAME_LINE * Math.max(item.height, current[0]?.height ?? 0, 1);
    if (current.length > 0 && Math.abs(item.y - baseline) > tolerance) {
      lines.push(joinLine(current));
      current = [];
    }
    if (current.length === 0) baseline = item.y;
    current.push(item);
  }
  if (current.length > 0) lines.push(joinLine(current));
  return lines.filter((line) => line !== "");
}

/** `3`, `- 3 -` (not `2023`: a year alone on a cover is text), `— 3 —`, `第3页`, `第 3 页 共 20 页`, `3/20`, `Page 3`: running page numbers. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/**
 * Drops a page number printed above or below the text: it belongs to no sentence, and a
 * bare number between two pages could otherwise be read as part of a number.
 */
export function withoutPageNumber(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  if (end > 1 && PAGE_NUMBER.test(lines[end - 1]!)) end--;
  if (end > 1 && PAGE_NUMBER.test(lines[0]!)) start++;
  return lines.slice(start, end);
}
