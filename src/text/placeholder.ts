/**
 * Placeholder marks left in template reports: runs of X/x/×/*, `20xx`-style years,
 * circles and blanks. A lone X is not a mark (`1+X` is a name), except as a year
 * digit (`202X`). Every stage that must tell a template mark from a value or a name
 * builds on these sources, so they agree on what a mark is.
 */

/** One character of a placeholder run (full-width Ｘ and ｘ are folded to X and x by normalisation). */
export const PLACEHOLDER_MARK = "[Xx×＊*]";

/** A year left as a placeholder: `XX`, `XXXX`, `20xx`, `202X`. */
export const PLACEHOLDER_YEAR = `(?:(?:19|20)[0-9]?${PLACEHOLDER_MARK}{1,2}|${PLACEHOLDER_MARK}{2,4})`;

/** Four Chinese numerals read digit by digit as a year (`二〇二三`, `二○二三`). */
export const CHINESE_YEAR = "[〇零○一二三四五六七八九]{4}";

/** The number of a year as written before 年: four digits, four Chinese numerals or a placeholder. */
export const YEAR_NUMBER = `(?:\\d{4}|${CHINESE_YEAR}|${PLACEHOLDER_YEAR})`;

const PLACEHOLDER_SOURCE =
  `(?=[Xx×＊*○〇□_＿12某])(?:(?<![A-Za-z])(?:${PLACEHOLDER_MARK}{2,}|[○〇□]{2,}|_{2,}|＿{2,})(?![A-Za-z])|(?<![0-9])(?:19|20)[0-9]?${PLACEHOLDER_MARK}{1,2}(?![A-Za-z])|某某)`;

const PLACEHOLDER_TEST = new RegExp(PLACEHOLDER_SOURCE, "u");

/** True when the text holds a placeholder mark anywhere (`XX亿元`, `20xx年`, `**区`). */
export function containsPlaceholder(text: string): boolean {
  return PLACEHOLDER_TEST.test(text);
}

/**
 * True when a value, year or name taken from the text is a placeholder: it carries a
 * mark (`XXX项目`, `XX年`, `20xx`), or nothing is left of it once blanks are trimmed.
 */
export function isPlaceholder(text: string): boolean {
  return text.trim() === "" || containsPlaceholder(text);
}

/** Each placeholder mark in the text, as half-open ranges. */
export function findPlaceholders(text: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const match of text.matchAll(new RegExp(PLACEHOLDER_SOURCE, "gu"))) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/**
 * Amounts whose number was left blank in a template: `收入亿元，增长%` names a unit
 * (or a rate) right after a word with no number in between.
 */
const BLANK_AMOUNT = /(?:万亿元|亿元|万元|万美元|亿美元|%|个百分点)(?=$|[，,；;。、）)]|左右|增长|下降)/gu;
const WORD_BEFORE_BLANK = /[\u4e00-\u9fff]/;
const NUMBER_WORD = /[零〇一二两三四五六七八九十百千万亿数几多余超逾过上近约]/;

/** Where the text states an amount or rate with its number missing. */
export function findBlankAmounts(text: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const match of text.matchAll(BLANK_AMOUNT)) {
    const before = text[match.index - 1];
    if (before === undefined || !WORD_BEFORE_BLANK.test(before) || NUMBER_WORD.test(before)) continue;
    // `亿元` is also the tail of `万亿元`, whose 万 is a scale, not a word.
    if (match[0] !== "万亿元" && text.startsWith("万亿元", match.index - 1)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** A placeholder mark standing where a number should be (`XX亿元`, `X个`, `增长xx%`). */
const PLACEHOLDER_AMOUNT = new RegExp(
  `(?=${PLACEHOLDER_MARK})(?<![A-Za-z+Xx×＊*])${PLACEHOLDER_MARK}{1,4}(?:\\.${PLACEHOLDER_MARK}+)?(?:万亿|亿|万|千|百)?(?:元|美元|%|个百分点|人次|人|户|家|个|项|件|亩|吨|平方米|公里|套|所|条)`,
  "gu",
);

/** Amounts whose number is missing or a placeholder: each must yield no value. */
export function findPlaceholderAmounts(text: string): Array<{ start: number; end: number; text: string }> {
  const found = findBlankAmounts(text);
  for (const match of text.matchAll(PLACEHOLDER_AMOUNT)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}
