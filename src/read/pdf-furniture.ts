import type { PdfLine } from "./pdf-lines.ts";

/** `3`, `- 3 -` (not `2023`: a year alone on a cover is text), `— 3 —`, `第3页`, `第 3 页 共 20 页`, `3/20`, `Page 3`: running page numbers. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** How many lines at each end of a page may be running headers or footers. */
const BAND = 2;
/** Furniture is set smaller than the body and stands apart from it by more than a line. */
const SMALL = 0.85;
const APART = 1.5;

/** A header that repeats with only its numbers changed (`第 3 页`, a date) is the same header. */
const digitBlind = (text: string): string => text.replace(/\d+/g, "#").replace(/\s+/g, "");

/** The most common value, weighted; the font size most text is set in. */
function bodySize(pages: readonly (readonly PdfLine[])[]): number {
  const weight = new Map<number, number>();
  for (const line of pages.flat()) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of weight) if (count > most) [best, most] = [size, count];
  return best;
}

/** Indices of the lines at the top and bottom bands of a page, outermost first. */
function bandIndices(count: number): number[] {
  const top = Array.from({ length: Math.min(BAND, count) }, (_, i) => i);
  const bottom = Array.from({ length: Math.min(BAND, count) }, (_, i) => count - 1 - i);
  return [...new Set([...top, ...bottom])];
}

/** Whether a line is set small and stands apart from the body text nearest it. */
function smallAndApart(line: PdfLine, inward: PdfLine | undefined, size: number): boolean {
  if (line.size >= SMALL * size) return false;
  return inward === undefined || Math.abs(line.y - inward.y) > APART * Math.max(size, line.size) * 1.2;
}

/**
 * Drops page furniture: page numbers, lines repeated at the top or bottom of most pages
 * (running titles, dates, file names) and small print set apart at a page's edge (the
 * date and address a browser prints). None of it belongs to a sentence, and a page number
 * between two halves of a sentence would otherwise be read as part of it.
 */
export function withoutFurniture(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const size = bodySize(pages);
  const repeats = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(bandIndices(lines.length).map((i) => digitBlind(lines[i]!.text)));
    for (const key of keys) repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  const running = (text: string): boolean => pages.length >= 2 && (repeats.get(digitBlind(text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    if (lines.length <= 1) return [...lines];
    const furniture = (i: number, step: number): boolean => {
      const line = lines[i]!;
      let inward = i + step;
      while ((lines[inward]?.size ?? size) < SMALL * size) inward += step;
      return PAGE_NUMBER.test(line.text) || running(line.text) || smallAndApart(line, lines[inward], size);
    };
    // Headers and footers stack from the page edge inwards: stop at the first body line.
    let start = 0;
    while (start < Math.min(BAND, lines.length - 1) && furniture(start, 1)) start++;
    let end = lines.length;
    while (end > start + 1 && lines.length - end < BAND && furniture(end - 1, -1)) end--;
    return lines.slice(start, end);
  });
}
