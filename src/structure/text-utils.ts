/** Dice coefficient over character multisets: how much two short strings share. */
export function charOverlap(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of left) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of right) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      common++;
      counts.set(ch, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

/** Strips quotes, brackets and spaces so that two spellings of a title compare equal. */
export const compactTitle = (title: string): string =>
  title.replace(/[\s“”"'‘’「」《》()（）·、，,。:：]/gu, "").toLowerCase();

/** Index of the end of the line holding `from` (the `\n`, or `end`). */
export function lineEnd(text: string, from: number, end: number = text.length): number {
  const i = text.indexOf("\n", from);
  return i < 0 || i > end ? end : i;
}

export const isSpace = (ch: string | undefined): boolean =>
  ch === " " || ch === "\t" || ch === "\r" || ch === "\u3000" || ch === "\u00a0" || ch === "\ufeff" || ch === "\u200d";
