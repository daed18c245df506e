const PAIRS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "《": "》", "「": "」", "【": "】", '"': '"' };
/** Longer "quotes" are prose in quotation marks, not a name. */
const MAX_QUOTED = 30;

/**
 * Marks the characters inside quotation marks and book-title marks, where numbers
 * belong to names (`“五联五送”`, `“5+10”`, `《“十四五”规划》`).
 */
const ANY_OPENING = /[“‘《「【"]/;
const NOTHING_QUOTED = new Uint8Array(0);

export function quotedMask(text: string): Uint8Array {
  if (!ANY_OPENING.test(text)) return NOTHING_QUOTED;
  const mask = new Uint8Array(text.length);
  for (let i = text.search(ANY_OPENING); i >= 0 && i < text.length; i++) {
    const close = PAIRS[text[i]!];
    if (close === undefined) continue;
    const end = text.slice(i + 1, i + 1 + MAX_QUOTED).indexOf(close) + i + 1;
    if (end <= i) continue;
    mask.fill(1, i + 1, end);
    if (text[i] !== "《") i = end;
  }
  return mask;
}
