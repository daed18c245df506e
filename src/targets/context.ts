import type { TargetObservation } from "./types.ts";
import { knownFamily } from "./vocabulary.ts";

/** A year as reports write it: 2024年, １９９１年 (full-width), 一九九一年 (in words). */
const YEAR = String.raw`(?:(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇○零一二三四五六七八九]{3})年(?![代底末])`;
/** Averages and totals over several years, in the clause or in the name itself. */
const SPAN_IN_CLAUSE = /年均|年平均|平均每年|每年平均|累计|五年|[一二三四五六七八九十两]年(?:内|间|来)|\d{4}\s*[-—–－~至到]\s*\d{4}年/;
/** A paragraph about a five-year period (五年来, 过去五年, “十四五”时期). */
const SPAN_IN_PARAGRAPH = /五年来|五年间|过去五年|今后五年|未来五年|五年内|十[一二三四五六七八九]五”?(?:时期|期间)|“十[一二三四五六七八九]五”末|五年规划/g;
/** A heading over a five-year review or plan. */
const SPAN_IN_HEADING = /五年|十[一二三四五六七八九]五”?(?:时期|期间|规划纲要|主要目标)|规划纲要/;
/** A heading over one year's work (今年是…开局之年, 2026年重点工作). */
const YEAR_HEADING = new RegExp(`${YEAR}|今年|本年`);
/** A single year named before the value: annual even under a five-year heading. */
const ONE_YEAR = new RegExp(`${YEAR}|去年|上年|今年|全年|过去一年|刚刚过去的一年`, "g");
/** A comparison with the year before (比上年增长5%): one year's change, whatever the section. */
const ON_LAST_YEAR = /[比较](?:上年|去年)|同比/;
/** Part of a year: half-year, quarters, months. */
const PART_OF_YEAR = /上半年|下半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—至到~]\s*\d{1,2}月|[1-9一二三四五六七八九十]+月份?(?:末|底|以来)/;
/** A paragraph reviewing the past year even where the extractor read a target. */
const REVIEW_PARAGRAPH = /过去一年|去年|上年|回顾/;

const STRIVE = /力争|争取|努力实现|奋斗目标|在实际工作中争取更好/;
const BINDING = /约束性/;
const EXPECTED = /预期性|预期目标/;
const PRELIMINARY = /预计|初步核算|初步统计/;

/**
 * The clause of the sentence that speaks of the indicator: from the last clause break
 * before its name to the first break after its number (the whole sentence when the
 * name is absent), so a neighbour's 年均 in a list of targets stays out.
 */
export function clauseOf(observation: TargetObservation): string {
  const { sentence, name } = observation;
  const at = sentence.indexOf(name);
  if (at < 0) return sentence;
  const head = sentence.slice(0, at);
  const from = Math.max(head.lastIndexOf("，"), head.lastIndexOf("；"), head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf("。")) + 1;
  const after = at + name.length;
  const digit = sentence.slice(after).search(/[0-9０-９百千万亿一二三四五六七八九十]/);
  const numberAt = digit < 0 ? after : after + digit;
  const stop = sentence.slice(numberAt).search(/[，,；;。、]/);
  return sentence.slice(from, stop < 0 ? sentence.length : numberAt + stop);
}

/** The paragraph before the sentence (from the last line break). */
const paragraphOf = (observation: TargetObservation): string => {
  const { before } = observation;
  return before.slice(before.lastIndexOf("\n") + 1);
};

/** The sentence up to the indicator's name. */
const leadOf = (observation: TargetObservation): string =>
  observation.sentence.slice(0, Math.max(0, observation.sentence.indexOf(observation.name)));

/** The text with its comparisons with last year (比上年, 较去年) blanked out: they name no period of their own. */
const withoutComparisons = (text: string): string => text.replace(/[比较](?:上年|去年)(?:同期)?|同比/g, (m) => "　".repeat(m.length));

/** Where the last match of a global pattern starts in `text`, or −1. */
function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

const DIGIT_WORDS: Readonly<Record<string, string>> = { "〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9" };

/** The year a period word names, relative to the report's year: 2017年 → 2017, 去年 → year − 1, 今年 → year. */
function yearNamed(word: string, reportYear: number): number {
  if (/去年|上年|过去/.test(word)) return reportYear - 1;
  const digits = [...word.normalize("NFKC").replace(/年$/, "")].map((c) => DIGIT_WORDS[c] ?? c).join("");
  return /^\d{4}$/.test(digits) ? Number(digits) : reportYear;
}

/**
 * A value for several years (an average, a total, a five-year aim or review): never an
 * annual target or outcome. The clause decides first (年均, 比上年); else the period
 * named last before the value in its paragraph (五年来… 刚刚过去的2017年…); else the headings.
 */
export function isMultiYear(observation: TargetObservation): boolean {
  const clause = clauseOf(observation);
  if (SPAN_IN_CLAUSE.test(clause) || SPAN_IN_CLAUSE.test(observation.name)) return true;
  if (ON_LAST_YEAR.test(clause)) return false;
  const lead = withoutComparisons(leadOf(observation));
  if (lastIndexOf(ONE_YEAR, lead) >= 0) return false;
  const context = withoutComparisons(`${paragraphOf(observation)}${lead}`);
  const years = [...context.matchAll(ONE_YEAR)].filter((m) => observation.reportYear === null || yearNamed(m[0], observation.reportYear) <= observation.reportYear);
  const year = years.length === 0 ? -1 : (years[years.length - 1]?.index ?? -1);
  // A later year (到2030年) is the horizon of a plan over several years.
  const span = Math.max(lastIndexOf(SPAN_IN_PARAGRAPH, context), lastIndexOf(ONE_YEAR, context) > year ? lastIndexOf(ONE_YEAR, context) : -1);
  if (year !== span) return span > year;
  return headingPeriod(observation.headings) === "span";
}

/**
 * What the sections around a value are about, innermost first: one year's work, or a
 * five-year period; a heading naming both (“十五五”时期目标任务和2026年工作安排) leaves it
 * to the next one out.
 */
function headingPeriod(headings: readonly string[]): "span" | "year" | null {
  for (const heading of [...headings].reverse()) {
    const span = SPAN_IN_HEADING.test(heading);
    const year = YEAR_HEADING.test(heading);
    if (span !== year) return span ? "span" : "year";
  }
  return null;
}

/** A value for part of a year (上半年, 前三季度, 1-6月). */
export const isPartOfYear = (observation: TargetObservation): boolean => PART_OF_YEAR.test(clauseOf(observation));

/** Whether the sentence before the value, or its paragraph, names a year (2024年, 去年, 今年). */
export const namesAYear = (observation: TargetObservation): boolean =>
  lastIndexOf(ONE_YEAR, withoutComparisons(leadOf(observation))) >= 0 || isInReview(observation);

/** A target read in a paragraph that reviews the past year (过去一年, 去年; 比上年 is a comparison, not a review). */
export const isInReview = (observation: TargetObservation): boolean => REVIEW_PARAGRAPH.test(withoutComparisons(paragraphOf(observation)));

/** The year named last before the value, in its paragraph and sentence (…刚刚过去的2017年… → 2017), or null. */
export function lastYearNamed(observation: TargetObservation): number | null {
  const { reportYear } = observation;
  if (reportYear === null) return null;
  const context = withoutComparisons(`${paragraphOf(observation)}${leadOf(observation)}`);
  const words = [...context.matchAll(ONE_YEAR)];
  const last = words[words.length - 1];
  return last === undefined ? null : yearNamed(last[0], reportYear);
}

/** The year the innermost heading naming one is about (2024年工作回顾 → 2024), or null. */
export function headingYear(observation: TargetObservation): number | null {
  const { reportYear } = observation;
  if (reportYear === null) return null;
  for (const heading of [...observation.headings].reverse()) {
    const words = [...withoutComparisons(heading).matchAll(ONE_YEAR)];
    const first = words[0];
    if (first !== undefined) return yearNamed(first[0], reportYear);
  }
  return null;
}

/** Whether the year named last before the value is before the report's (过去一年，我们… 国内生产总值增长10.3%): a result, even in a plan. */
export function followsPastYear(observation: TargetObservation): boolean {
  const named = lastYearNamed(observation);
  return named !== null && observation.reportYear !== null && named < observation.reportYear;
}

/**
 * Whether another indicator's name stands in the clause of the value's figure: the
 * value then belongs to that one, and only lent its name from an earlier clause
 * (国内生产总值增长10.3%，居民消费价格涨幅控制在3.3% read as two GDP figures). Figures in
 * words cannot be found and pass.
 */
export function isLentName(observation: TargetObservation, family: string): boolean {
  const sentence = observation.sentence.normalize("NFKC");
  const from = Math.max(0, sentence.indexOf(observation.name)) + observation.name.length;
  const values = [observation.value, observation.upper, observation.change].filter((v): v is number => v !== null).map(Math.abs);
  for (const match of sentence.slice(from).matchAll(/\d+(?:\s*\.\s*\d+)?/g)) {
    if (!values.some((v) => Math.abs(Number(match[0].replace(/\s/g, "")) - v) < 1e-9)) continue;
    const head = sentence.slice(from, from + match.index);
    const clause = head.slice(Math.max(...["，", "；", "。", ",", ";"].map((c) => head.lastIndexOf(c))) + 1);
    // 城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内: the names share their figures in order.
    if (clause.includes("分别")) return false;
    const other = knownFamily(clause);
    return other !== null && other !== family;
  }
  return false;
}

/** 力争/争取: the report aims beyond the stated figure. */
export const strives = (observation: TargetObservation): boolean => STRIVE.test(clauseOf(observation)) || STRIVE.test(observation.sentence);

/** 约束性 or 预期性 when the sentence or its paragraph says which. */
export function natureOf(observation: TargetObservation): "binding" | "expected" | null {
  const text = `${paragraphOf(observation)}${observation.sentence}`;
  if (BINDING.test(clauseOf(observation))) return "binding";
  if (EXPECTED.test(text)) return "expected";
  if (BINDING.test(text)) return "binding";
  return null;
}

/** A figure the report gives before the year's final statistics (预计). */
export const isPreliminary = (observation: TargetObservation): boolean =>
  observation.status === "expected" || PRELIMINARY.test(clauseOf(observation));
