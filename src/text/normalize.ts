import type { NormalizedText } from "../domain/index.ts";
import { ideographForm } from "./ideograph-forms.ts";

const NEWLINE = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const DROP = -1;

const FULL_WIDTH_PUNCTUATION: ReadonlyMap<number, number> = new Map([
  [0xff05, 0x25], // ％
  [0xff0e, 0x2e], // ．
  [0xff0b, 0x2b], // ＋
  [0xff0d, 0x2d], // －
  [0xff5e, 0x7e], // ～
  [0xff0f, 0x2f], // ／
]);

/**
 * The code unit a character becomes in the normalised text, or DROP. Every fold is one
 * unit to one unit, so only dropped characters ever shift offsets.
 */
function fold(code: number): number {
  // Fast path: CJK text is almost all here, and nothing here changes except U+3000.
  if (code >= 0x3000 && code < 0xf900) return code === 0x3000 ? SPACE : code;
  // Radicals (⻓ ⼀ ⺠) and compatibility ideographs that PDF fonts hand out for 长 一 民.
  if ((code >= 0x2e80 && code < 0x2fe0) || (code >= 0xf900 && code < 0xfb00)) return ideographForm(code);
  if (code >= 0x2100 && code < 0xfe00) return code;
  // Full-width digits and Latin letters sit 0xFEE0 above their ASCII twins; folding them
  // lets one number pattern serve both.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return code - 0xfee0;
  }
  if (code < 0x20) {
    if (code === 0x09 || code === NEWLINE || code === CR) return code;
    // Form feed and vertical tab separate pages and lines in extracted text.
    return code === 0x0b || code === 0x0c ? NEWLINE : DROP;
  }
  if (code < 0x7f) return code;
  if (code <= 0x9f) return code === 0x85 ? NEWLINE : DROP;
  if (code === 0x00a0 || code === 0x202f || code === 0x205f || (code >= 0x2000 && code <= 0x200a)) return SPACE;
  if (code === 0x2028 || code === 0x2029) return NEWLINE;
  // Invisible characters that would split a number or a name: BOM, zero-width space, soft hyphen.
  if (code === 0xfeff || code === 0x200b || code === 0x00ad) return DROP;
  return FULL_WIDTH_PUNCTUATION.get(code) ?? code;
}

const foldAt = (text: string, i: number): number => (i < text.length ? fold(text.charCodeAt(i)) : DROP);

const isDigit = (code: number | undefined): boolean => code !== undefined && code >= 0x30 && code <= 0x39;

/** Characters a run between two halves of a number may consist of. */
function isGap(code: number): boolean {
  const folded = fold(code);
  return folded === SPACE || folded === 0x09 || folded === NEWLINE || folded === CR || folded === DROP;
}

const HEADING_MARKS = new Set([0x2e, 0x3001, 0x2c, 0xff0c, 0x29, 0xff09, 0x3a, 0xff1a]); // . 、 , ， ) ） : ：
const YEAR_MARK = 0x5e74; // 年

/**
 * Whether the text at `i` opens with a list or heading number (`2.建设`, `3、`, `1)`) or a
 * year (`2023年`): such a number starts something new and is never the tail of the number
 * before the gap.
 */
function opensNewNumber(text: string, i: number): boolean {
  let k = i;
  while (k < i + 4 && isDigit(foldAt(text, k))) k++;
  const digits = k - i;
  if (digits === 0) return false;
  const next = foldAt(text, k);
  if (digits === 4 && next === YEAR_MARK) return true;
  return digits <= 3 && HEADING_MARKS.has(next) && !isDigit(foldAt(text, k + 1));
}

/**
 * Output buffer of UTF-16 units with the original index of each; pre-sized to the input
 * so the pass never reallocates.
 */
class Builder {
  readonly units: Uint16Array;
  readonly map: Int32Array;
  length = 0;
  constructor(size: number) {
    this.units = new Uint16Array(size);
    this.map = new Int32Array(size + 1);
  }
  push(unit: number, from: number): void {
    this.units[this.length] = unit;
    this.map[this.length] = from;
    this.length++;
  }
  last(back: number): number | undefined {
    return this.length - back >= 0 ? this.units[this.length - back] : undefined;
  }
  text(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      parts.push(String.fromCharCode.apply(null, this.units.subarray(i, Math.min(i + 8192, this.length)) as unknown as number[]));
    }
    return parts.join("");
  }
}

/** Whether the gap [start, end) splits one number (`5 50亿`, `12.\n5%`) and should vanish. */
function splitsNumber(out: Builder, text: string, start: number, end: number): boolean {
  const left = out.last(1);
  const leftIsNumber = isDigit(left) || (left === 0x2e && isDigit(out.last(2)));
  if (!leftIsNumber) return false;
  const right = foldAt(text, end);
  const rightIsNumber = isDigit(right) || right === 0x25 || (right === 0x2e && isDigit(foldAt(text, end + 1)));
  if (!rightIsNumber) return false;
  let breaks = 0;
  for (let k = start; k < end; k++) {
    const code = fold(text.charCodeAt(k));
    if (code === NEWLINE || (code === CR && text.charCodeAt(k + 1) !== NEWLINE)) breaks++;
  }
  // A blank line is a paragraph break, never the inside of a number.
  return breaks <= 1 && !opensNewNumber(text, end);
}

const isIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * Whether the gap [start, end) only separates a number from the word it counts
 * (`1 9 9 7 年`, `7 4 7 7 2 亿元` in texts spaced out character by character): spaces
 * within one line between a digit and a Chinese character say nothing and vanish, and so
 * does one line break before the scale of an amount.
 */
function separatesUnit(out: Builder, text: string, start: number, end: number): boolean {
  const right = foldAt(text, end);
  if (!isDigit(out.last(1)) || !isIdeograph(right)) return false;
  let breaks = 0;
  for (let k = start; k < end; k++) {
    const code = fold(text.charCodeAt(k));
    if (code === NEWLINE || (code === CR && text.charCodeAt(k + 1) !== NEWLINE)) breaks++;
  }
  // A line wrapped between an amount and its scale (`74.4\n万亿元`): no line opens with one.
  return breaks === 0 || (breaks === 1 && AMOUNT_SCALES.has(right));
}

/** 万, 亿, 元: the scale or currency of an amount, never the first word of a line. */
const AMOUNT_SCALES: ReadonlySet<number> = new Set([0x4e07, 0x4ebf, 0x5143]);

function emit(out: Builder, text: string, i: number): void {
  const code = fold(text.charCodeAt(i));
  if (code === DROP) return;
  if (code === CR) {
    // \r\n becomes \n; a lone \r (old Mac files) is a line break too.
    if (text.charCodeAt(i + 1) !== NEWLINE) out.push(NEWLINE, i);
    return;
  }
  out.push(code, i);
}

/**
 * Folds full-width digits, letters and number punctuation, and radicals and compatibility
 * ideographs to unified ideographs; drops control characters,
 * gaps that split a number and spaces between a number and its unit, and turns \r\n into \n, keeping for every character of the
 * result its index in the original. One linear pass.
 */
export function normalizeText(original: string): NormalizedText {
  const out = new Builder(original.length);
  let i = 0;
  while (i < original.length) {
    if (!isGap(original.charCodeAt(i))) {
      emit(out, original, i);
      i++;
      continue;
    }
    let end = i;
    while (end < original.length && isGap(original.charCodeAt(end))) end++;
    const stray = splitsNumber(out, original, i, end) || separatesUnit(out, original, i, end);
    if (!stray) for (let k = i; k < end; k++) emit(out, original, k);
    i = end;
  }
  out.map[out.length] = original.length;
  return { text: out.text(), original, toOriginal: out.map.subarray(0, out.length + 1) };
}

/** Maps a normalised span back to the original text. */
export function originalSpan(doc: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = doc.toOriginal[start] ?? doc.original.length;
  const lastInside = end > start ? (doc.toOriginal[end - 1] ?? s) + 1 : s;
  return { start: s, end: Math.max(s, lastInside) };
}
