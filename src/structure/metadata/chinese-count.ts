const DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A small Chinese cardinal (一 … 九十九) as a number, or null. */
export function chineseCount(word: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(word);
  if (!m || word.length === 0) return null;
  const [, tens, ten, units] = m;
  if (ten === undefined) return tens !== undefined && units === undefined ? DIGIT[tens]! : null;
  return (tens !== undefined ? DIGIT[tens]! : 1) * 10 + (units !== undefined ? DIGIT[units]! : 0);
}
