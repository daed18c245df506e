import type { PdfLine } from "./pdf-lines.ts";

/** Numbered headings (`一、`, `（一）`, `1.`, `（1）`, `①`, `第一部分`) start a paragraph of their own. */
const HEADING_START = /^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|篇|节)|[一二三四五六七八九十]{1,3}[、.．]|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.、．](?![\d.%])|[①-⑳])/u;

/** A line indented by this much (in font sizes) more than the text block starts a paragraph. */
const INDENT = 0.8;
/** Baselines further apart than this share of the usual line pitch leave a paragraph gap. */
const GAP = 1.3;
/** Room left at a line's end (in font sizes) that the next line's first piece would have used. */
const SLACK = 0.5;
/** Average advance of a Latin character or digit, in font sizes. */
const LATIN_ADVANCE = 0.6;

const LATIN_RUN = /^[0-9A-Za-z.,%‰+\-/:()]+/;
/** Characters a line may not begin with (closing punctuation) or end with (opening punctuation). */
const CLOSING = /^[，。、；：！？）》」』”’,.;:!?)\]]+/;
const OPENING = /^[（《「『“‘([]+/;
const ALNUM_END = /[0-9A-Za-z]$/;
const ALNUM_START = /^[0-9A-Za-z]/;

/** Width of the leading character or Latin run of `text`, and its length. */
function leading(text: string, size: number): { width: number; length: number } {
  const latin = LATIN_RUN.exec(text);
  if (latin) return { width: latin[0].length * LATIN_ADVANCE * size, length: latin[0].length };
  return text === "" ? { width: 0, length: 0 } : { width: size, length: 1 };
}

/**
 * The width of the next line's first unbreakable piece: a word or number, or one
 * character with the closing punctuation that may not start a line, and an opening quote
 * after it together with what it opens (a quote may not end a line).
 */
function firstPieceWidth(line: PdfLine): number {
  const { text, size } = line;
  let { width, length: at } = leading(text, size);
  const closing = CLOSING.exec(text.slice(at));
  if (closing) [width, at] = [width + closing[0].length * size, at + closing[0].length];
  const opening = OPENING.exec(text.slice(at));
  if (opening) {
    const quoted = leading(text.slice(at + opening[0].length), size);
    width += opening[0].length * size + quoted.width;
  }
  return width;
}

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * q)]!;
}

const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Where the text block's lines start, where its full lines end, and the usual distance between baselines. */
export interface Block {
  readonly left: number;
  readonly right: number;
  readonly pitch: number;
}

/** Punctuation a CJK typesetter may hang past the right margin, so a line ending in it does not mark the margin. */
const HANGING = /[，。、；：！？”’）》,.;:!?]$/;

/** Pages this short (a cover, a closing page) say little about where full lines end. */
const MEASURED_PAGE = 3;

/**
 * Where full lines end on a page: the furthest line that does not end in punctuation,
 * unless every such line falls short by more than a character of the furthest line
 * (a page whose full lines all end in punctuation set flush with the margin).
 */
function pageRightEdge(lines: readonly PdfLine[]): number {
  const furthest = Math.max(...lines.map((line) => line.right));
  const unhung = Math.max(...lines.filter((line) => !HANGING.test(line.text)).map((line) => line.right));
  return Math.max(unhung, furthest - median(lines.map((line) => line.size)));
}

/**
 * The text block, measured over the whole document: the edges are the median of each
 * page's outermost lines, so a cover page of centred titles does not count as full lines.
 */
export function blockOf(pages: readonly (readonly PdfLine[])[]): Block {
  const measured = pages.filter((lines) => lines.length >= MEASURED_PAGE);
  const sample = measured.length > 0 ? measured : pages.filter((lines) => lines.length > 0);
  const pitches = sample.flatMap((lines) => lines.slice(1).map((line, i) => lines[i]!.y - line.y)).filter((pitch) => pitch > 0);
  return {
    left: median(sample.map((lines) => Math.min(...lines.map((line) => line.left)))),
    right: median(sample.map(pageRightEdge)),
    // Line spacing inside paragraphs: the low end, since a text of short paragraphs has
    // as many paragraph gaps as line breaks.
    pitch: quantile(pitches, 0.2),
  };
}

/**
 * Whether `line` was wrapped and `next` carries on its paragraph: the line reaches the
 * right edge (its next piece would not have fitted), the next line is neither a numbered
 * heading nor indented, and, on one page, no wider gap than a line's separates them.
 */
export function continues(line: PdfLine, next: PdfLine, block: Block, samePage: boolean): boolean {
  if (HEADING_START.test(next.text)) return false;
  if (next.left > block.left + INDENT * next.size) return false;
  if (block.right - line.right > firstPieceWidth(next) + SLACK * line.size) return false;
  if (samePage && block.pitch > 0 && line.y - next.y > GAP * block.pitch) return false;
  return true;
}

/** Latin words and numbers broken across lines keep a space between them; CJK text joins directly. */
const joiner = (before: string, after: string): string => (ALNUM_END.test(before) && ALNUM_START.test(after) ? " " : "");

/**
 * Rebuilds paragraphs from printed lines, page after page: PDF lines are where the
 * printer wrapped, not where the writer broke, and a sentence cut at a line's end loses
 * its evidence and its numbers. One paragraph a line in the result.
 */
export function paragraphs(pages: readonly (readonly PdfLine[])[]): string[] {
  const block = blockOf(pages);
  const result: string[] = [];
  let current = "";
  let previous: PdfLine | undefined;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      if (previous && continues(previous, line, block, i > 0)) {
        current += joiner(current, line.text) + line.text;
      } else {
        if (previous) result.push(current);
        current = line.text;
      }
      previous = line;
    });
  }
  if (previous) result.push(current);
  return result;
}
