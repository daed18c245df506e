import { chineseCount } from "./chinese-count.ts";

// Year of the first session of each National People's Congress before the regular
// five-year rhythm began with the 6th (1983); sessions were then yearly.
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

const SESSION = /第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五六七八九十]+)次会议/u;

/** The year a session of the National People's Congress met (`第十三届…第二次会议` → 2019). */
export function npcSessionYear(text: string): number | null {
  const m = SESSION.exec(text);
  if (!m) return null;
  const term = chineseCount(m[1]!);
  const session = chineseCount(m[2]!);
  if (term === null || session === null || session < 1) return null;
  if (term < REGULAR_FROM) return IRREGULAR_SESSIONS[term]?.[session - 1] ?? null;
  return REGULAR_FIRST_YEAR + (term - REGULAR_FROM) * TERM_YEARS + session - 1;
}
