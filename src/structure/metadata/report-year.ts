import { findYears, parseYear } from "../year.ts";
import { npcSessionYear } from "./npc-sessions.ts";

const HEAD = 3000;
// `——2024年3月5日在第十四届全国人民代表大会第二次会议上`: the day it was delivered.
const DATELINE = /(\d{4})年\d{1,2}月\d{1,2}日(?:在|[^\n。]{0,12}在)[^\n。]{0,40}(?:人民代表大会|会议)/u;
// A review of year N opens the report delivered in N+1.
const REVIEW_OF_YEAR = /(\d{4})年(?:国内)?(?:工作|政府工作)?(?:的)?(?:回顾|总结)|刚刚过去的(\d{4})年|(\d{4})年(?:的)?工作(?:和|及)/u;

export interface YearInput {
  /** The report's own title line; null when the text opens without one. */
  readonly title: string | null;
  /** The title shown when there is no title line (a heading), or null. */
  readonly fallbackTitle: string | null;
  readonly text: string;
  readonly congress: boolean;
  readonly national: boolean;
}

function reviewedYear(text: string): number | null {
  const m = REVIEW_OF_YEAR.exec(text);
  const year = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
  return Number.isFinite(year) ? year + 1 : null;
}

/**
 * The report's own year: the year in its title, or for an annual report to a congress
 * the year it is delivered (the 2019 report reviews 2018). A placeholder year is null.
 */
export function inferYear(input: YearInput): number | null {
  const { title, fallbackTitle, text, congress, national } = input;
  if (title !== null) {
    const stated = parseYear(title);
    if (stated !== undefined) return stated;
  }
  if (!congress) {
    return fallbackTitle !== null ? parseYear(fallbackTitle) ?? null : null;
  }
  const head = text.slice(0, HEAD);
  const dated = DATELINE.exec(head.slice(0, 400));
  if (dated) return Number(dated[1]);
  if (national) {
    const session = npcSessionYear(head);
    if (session !== null) return session;
  }
  const reviewed = reviewedYear(fallbackTitle ?? "") ?? reviewedYear(head);
  if (reviewed !== null) return reviewed;
  return findYears(head.slice(0, 400)).find((m) => m.year !== null)?.year ?? null;
}
