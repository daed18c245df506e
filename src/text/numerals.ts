// ○ (a white circle) stands for 〇 in many typed years (`二○二三年`).
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, "○": 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Parses a Chinese numeral (`一千二百` → 1200, `十五` → 15, `两万三千` → 23000,
 * `三点五` → 3.5, `二〇二三` → 2023 digit by digit). Null when any character is not
 * part of a numeral.
 */
export function parseChineseNumber(text: string): number | null {
  if (text === "") return null;
  const point = text.indexOf("点");
  if (point >= 0) {
    const whole = parseChineseNumber(text.slice(0, point));
    const fraction = text.slice(point + 1);
    if (whole === null || fraction === "") return null;
    let digits = "";
    for (const ch of fraction) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      digits += String(d);
    }
    return Number(`${whole}.${digits}`);
  }
  // A run of plain digits with no place words reads digit by digit (`二〇二三`).
  if ([...text].every((ch) => DIGITS[ch] !== undefined) && text.length > 1) {
    return Number([...text].map((ch) => DIGITS[ch]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // `十五` starts with a place word: an implied one.
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      section += digit ?? 0;
      if (section === 0) section = 1;
      total = big === 1e8 ? (total + section) * big : total + section * big;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/** The shape of a small cardinal: 一 … 九十九, as congresses and sessions are counted. */
const SMALL_CARDINAL = /^(?:[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)$/u;

/** A small Chinese cardinal (一 … 九十九: `第十四届`, `二次会议`) as a number, or null. */
export function parseChineseCount(word: string): number | null {
  return SMALL_CARDINAL.test(word) ? parseChineseNumber(word) : null;
}

/**
 * Parses an Arabic number as written in reports (`1,234.5`, `12.3`), or a Chinese
 * numeral, or a mix of digits and a Chinese place word (`1.2万` → 12000). Null if the
 * text is not a number.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/[,，](?=\d{3}(?:\D|$))/g, "");
  if (/^[+-]?\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const mixed = /^(\d+(?:\.\d+)?)([十百千万亿]+)$/.exec(trimmed);
  if (mixed) {
    let factor = 1;
    for (const ch of mixed[2]!) factor *= SMALL_UNITS[ch] ?? BIG_UNITS[ch] ?? 1;
    return Number(mixed[1]) * factor;
  }
  return parseChineseNumber(trimmed);
}

/**
 * Parses a fraction or share word as a percentage: `三分之一` → 33.3, `百分之五` → 5,
 * `一半` → 50, `五成` → 50. Rounded to one decimal, as reports state shares.
 */
export function parseFractionPercent(text: string): number | null {
  const t = text.trim();
  if (t === "一半" || t === "半数" || t === "过半") return 50;
  const ofMatch = /^(.+?)分之(.+)$/.exec(t);
  if (ofMatch) {
    const denominator = parseNumber(ofMatch[1]!);
    const numerator = parseNumber(ofMatch[2]!);
    if (denominator === null || numerator === null || denominator === 0) return null;
    return Math.round((numerator / denominator) * 1000) / 10;
  }
  const tenths = /^(.+)成$/.exec(t);
  if (tenths) {
    const n = parseNumber(tenths[1]!);
    return n === null ? null : n * 10;
  }
  return null;
}
