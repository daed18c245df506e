import { parseChineseNumber } from "./numerals.ts";
import { CHINESE_YEAR, PLACEHOLDER_YEAR } from "./placeholder.ts";

/** A year expression found in text; `year` is null when it is a placeholder. */
export interface YearMention {
  readonly year: number | null;
  readonly start: number;
  readonly end: number;
}

// Four digits, four Chinese numerals read digit by digit (二〇二三), or a placeholder
// (XX, 20xx, 202X, **, XXXX, ××) — each directly before 年. 年度 and 年份 are years too.
const YEAR_PATTERN = new RegExp(`(?<![\\dA-Za-z])(?:(\\d{4})|(${CHINESE_YEAR})|(${PLACEHOLDER_YEAR}))\\s?年`, "gu");

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// Full-width digits fold one-to-one, so offsets into the folded text stay valid.
const foldDigits = (text: string): string =>
  text.replace(/[\uff10-\uff19]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

function mentionFrom(match: RegExpExecArray): YearMention | null {
  const [whole, digits, numerals] = match;
  const start = match.index;
  const end = start + whole.length;
  if (digits !== undefined || numerals !== undefined) {
    const year = digits !== undefined ? Number(digits) : parseChineseNumber(numerals!);
    if (year === null || year < MIN_YEAR || year > MAX_YEAR) return null;
    return { year, start, end };
  }
  return { year: null, start, end };
}

/** Every year expression in `text`, in order; placeholders come back with `year: null`. */
export function findYears(text: string): YearMention[] {
  const mentions: YearMention[] = [];
  for (const match of foldDigits(text).matchAll(YEAR_PATTERN)) {
    const mention = mentionFrom(match);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/**
 * The year a phrase states: the first year expression in it. `undefined` when it names
 * no year, `null` when the year is a placeholder (`XX年`, `20xx年`).
 */
export function parseYear(text: string): number | null | undefined {
  const first = findYears(text)[0];
  return first === undefined ? undefined : first.year;
}
