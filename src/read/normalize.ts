import type { NormalizedText } from "../domain/index.ts";

const FULL_WIDTH_TO_HALF: Record<string, string> = {
  "％": "%",
  "．": ".",
  "＋": "+",
  "－": "-",
  "～": "~",
  "／": "/",
  "　": " ",
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) have
  // half-width twins 0xFEE0 below; folding them lets one number pattern serve both.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return FULL_WIDTH_TO_HALF[ch] ?? ch;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const isInlineSpace = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u3000";
const isBreak = (ch: string): boolean => ch === "\n" || ch === "\r";

/**
 * Folds full-width characters and drops spaces and line breaks that split a number
 * (`5 50亿`, `12.\n5%`), keeping a map from every kept character to its original index.
 * Length-preserving folds keep offsets one-to-one; dropped characters simply vanish
 * from the map.
 */
export function normalizeText(original: string): NormalizedText {
  const folded = Array.from(original, (ch) => (ch.length === 1 ? foldChar(ch) : ch));
  const out: string[] = [];
  const map: number[] = [];
  let index = 0;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (isInlineSpace(ch) || isBreak(ch)) {
      // Look past the run of white space: a digit (or decimal point) on both sides means
      // the run sits inside one number and is dropped.
      let j = i;
      let runLength = 0;
      while (j < folded.length && (isInlineSpace(folded[j]!) || isBreak(folded[j]!))) {
        runLength += folded[j]!.length;
        j++;
      }
      const before = out[out.length - 1];
      const after = folded[j];
      const insideNumber = (isDigit(before) || before === ".") && (isDigit(after) || after === "." || after === "%");
      if (insideNumber) {
        index += runLength;
        i = j - 1;
        continue;
      }
    }
    out.push(ch);
    map.push(index);
    index += ch.length;
  }
  const text = out.join("");
  // Astral characters are one array element but two UTF-16 units: expand the map so it
  // is indexed by UTF-16 position like every other offset.
  const toOriginal = new Int32Array(text.length + 1);
  let position = 0;
  for (let k = 0; k < out.length; k++) {
    const piece = out[k]!;
    for (let u = 0; u < piece.length; u++) toOriginal[position++] = map[k]! + u;
  }
  toOriginal[text.length] = original.length;
  return { text, original, toOriginal };
}

/** Maps a normalised span back to the original text. */
export function originalSpan(doc: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = doc.toOriginal[start] ?? doc.original.length;
  const lastInside = end > start ? (doc.toOriginal[end - 1] ?? s) + 1 : s;
  return { start: s, end: Math.max(s, lastInside) };
}
