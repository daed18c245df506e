import { parseChineseCount } from "../../text/index.ts";

// Year of each session of the National People's Congress before the regular rhythm
// (one five-year term per congress, one session a year) began with the 6th in 1983.
const IRREGULAR_SESSIONS: Readonly<Record<number, readonly number[]>> = {
  1: [1954, 1955, 1956, 1957, 1958],
  2: [1959, 1960, 1962, 1963],
  3: [1964],
  4: [1975],
  5: [1978, 1979, 1980, 1981, 1982],
};
const REGULAR_FROM = 6;
const REGULAR_FIRST_YEAR = 1983;
const TERM_YEARS = 5;

// The session the report is read to: `向第五届全国人民代表大会作…`, `在第十四届…第二次会议上`.
// A session named after `从去年…` or before `以来` lies in the past and is skipped.
const CURRENT_SESSION =
  /(?:向|在)第([一二三四五六七八九十]+)届全国人民代表大会(?:第([一二三四五六七八九十]+)次会议)?(?!以来)(?:上|作|提出|报告|，)/u;

// `从去年9月第五届全国人民代表大会第三次会议到现在`, `从第二届…第一次会议以来` with `五年来`.
const PAST_SESSION =
  /(?:从|自)(去年)?[^。，]{0,6}?第([一二三四五六七八九十]+)届全国人民代表大会(?:第([一二三四五六七八九十]+)次会议)?(?:以来|到现在)/u;
const YEARS_SINCE = /(?:^|[。，\n])([一二三四五六七八九十])年(?:来|以来|多来)/u;

function sessionYear(termWord: string, sessionWord: string | undefined): number | null {
  const term = parseChineseCount(termWord);
  const session = sessionWord === undefined ? 1 : parseChineseCount(sessionWord);
  if (term === null || session === null || session < 1) return null;
  if (term < REGULAR_FROM) return IRREGULAR_SESSIONS[term]?.[session - 1] ?? null;
  return REGULAR_FIRST_YEAR + (term - REGULAR_FROM) * TERM_YEARS + session - 1;
}

/** The year of the National People's Congress session the report is read to, if it says. */
export function npcSessionYear(text: string): number | null {
  const current = CURRENT_SESSION.exec(text);
  if (current) return sessionYear(current[1]!, current[2]);
  const past = PAST_SESSION.exec(text);
  if (!past) return null;
  const then = sessionYear(past[2]!, past[3]);
  if (then === null) return null;
  if (past[1] !== undefined) return then + 1;
  const elapsed = YEARS_SINCE.exec(text)?.[1];
  const years = elapsed === undefined ? null : parseChineseCount(elapsed);
  return years === null ? null : then + years;
}
