import { findYears, parseYear } from "../../text/index.ts";
import { npcSessionYear } from "./npc-sessions.ts";

const HEAD = 3000;
const DATELINE_WINDOW = 400;
// `——2024年3月5日在第十四届全国人民代表大会第二次会议上`: the day it was delivered.
const DATELINE = /(\d{4})年\d{1,2}月\d{1,2}日(?:在|[^\n。]{0,12}在)[^。]{0,40}(?:人民代表大会|会议)/u;
// A review of year N opens the report delivered in N+1.
const REVIEW_OF_YEAR = /^(\d{4})年(?:国内)?(?:工作|政府工作)?(?:的)?(?:回顾|总结)|刚刚过去的(\d{4})年|首先报告(\d{4})年/u;
// `1987年经济体制改革的主要任务是`, `1982年预计比…`: the year the report plans for.
const OWN_YEAR_CUE = /^[^。，；,\n]{0,12}?(?:主要任务|总体要求|要|将|计划|预算|预计|政府工作|工作的建议)/u;

const EXPECTED_NOW = /^(?:全年)?预计/u;

export interface YearInput {
  /** The report's own title line; null when the text opens without one. */
  readonly title: string | null;
  /** The title shown when there is no title line (a heading), or null. */
  readonly fallbackTitle: string | null;
  readonly text: string;
  readonly congress: boolean;
  readonly national: boolean;
}

function reviewedYear(text: string, anchored: boolean): number | null {
  const pattern = anchored ? REVIEW_OF_YEAR : new RegExp(REVIEW_OF_YEAR.source.slice(1), "u");
  const m = pattern.exec(text);
  const year = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
  return Number.isFinite(year) ? year + 1 : null;
}

function mostVoted(votes: Map<number, number>): number | null {
  let best: number | null = null;
  let bestVotes = 0;
  for (const [year, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && year > best)) {
      best = year;
      bestVotes = n;
    }
  }
  return best;
}

function mostMentioned(text: string): number | null {
  const votes = new Map<number, number>();
  for (const mention of findYears(text)) {
    if (mention.year !== null) votes.set(mention.year, (votes.get(mention.year) ?? 0) + 1);
  }
  return mostVoted(votes);
}

/**
 * The year the text plans for or expects, by how often it is followed by such words;
 * only years next to the most mentioned one count, since five-year plans and long-range
 * goals name later years.
 */
function plannedYear(text: string, mentioned: number): number | null {
  const votes = new Map<number, number>();
  const expected = new Map<number, number>();
  for (const mention of findYears(text)) {
    if (mention.year === null) continue;
    const after = text.slice(mention.end, mention.end + 20);
    // `一九八二年预计…`: figures still expected for the year the report is read in.
    if (EXPECTED_NOW.test(after)) expected.set(mention.year, (expected.get(mention.year) ?? 0) + 1);
    if (Math.abs(mention.year - mentioned) > 1 || !OWN_YEAR_CUE.test(after)) continue;
    votes.set(mention.year, (votes.get(mention.year) ?? 0) + 1);
  }
  return mostVoted(expected) ?? mostVoted(votes);
}

// `一、去年工作回顾\n2005年，…`: the first year after such a heading is the one reviewed.
const LAST_YEAR_REVIEW = /(?:去年|过去一年|一年来)(?:的)?工作(?:的)?回顾/u;

function lastYearReviewed(text: string): number | null {
  const m = LAST_YEAR_REVIEW.exec(text);
  if (!m) return null;
  const year = findYears(text.slice(m.index, m.index + 200)).find((y) => y.year !== null)?.year;
  return year === undefined || year === null ? null : year + 1;
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
  if (!congress) return fallbackTitle !== null ? (parseYear(fallbackTitle) ?? null) : null;
  const dated = DATELINE.exec(text.slice(0, DATELINE_WINDOW));
  if (dated) return Number(dated[1]);
  const head = text.slice(0, HEAD);
  if (national) {
    const session = npcSessionYear(head);
    if (session !== null) return session;
  }
  const reviewed = reviewedYear(fallbackTitle ?? "", true) ?? reviewedYear(head, false) ?? lastYearReviewed(head);
  if (reviewed !== null) return reviewed;
  const mentioned = mostMentioned(text);
  if (mentioned === null) return null;
  // A report looks back on last year more than it names its own.
  return plannedYear(text, mentioned) ?? mentioned + 1;
}
