import type { TargetObservation } from "./types.ts";

/** Averages and totals over several years, in the clause or in the name itself. */
const SPAN_IN_CLAUSE = /年均|年平均|平均每年|每年平均|累计|五年|[一二三四五六七八九十两]年(?:内|间|来)|\d{4}\s*[-—–－~至到]\s*\d{4}年/;
/** A paragraph about a five-year period (五年来, 过去五年, “十四五”时期). */
const SPAN_IN_PARAGRAPH = /五年来|五年间|过去五年|今后五年|未来五年|五年内|十[一二三四五六七八九]五”?(?:时期|期间)|“十[一二三四五六七八九]五”末|五年规划/;
/** A heading over a five-year review or plan. */
const SPAN_IN_HEADING = /五年|十[一二三四五六七八九]五”?(?:时期|期间|规划纲要|主要目标)|规划纲要/;
/** A heading over one year's work (今年是…开局之年, 2026年重点工作). */
const YEAR_HEADING = /(?:19|20)\d{2}年(?![代底末])|今年|本年/;
/** A single year named before the value: annual even under a five-year heading. */
const ONE_YEAR = /(?:19|20)\d{2}年(?![代底末])|去年|上年|今年|全年/;
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

/** A value for several years (an average, a total, a five-year aim or review): never an annual target or outcome. */
export function isMultiYear(observation: TargetObservation): boolean {
  if (SPAN_IN_CLAUSE.test(clauseOf(observation)) || SPAN_IN_CLAUSE.test(observation.name)) return true;
  const lead = observation.sentence.slice(0, Math.max(0, observation.sentence.indexOf(observation.name)));
  if (ONE_YEAR.test(lead)) return false;
  if (SPAN_IN_PARAGRAPH.test(paragraphOf(observation)) || SPAN_IN_PARAGRAPH.test(lead)) return true;
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
export const namesAYear = (observation: TargetObservation): boolean => {
  const lead = observation.sentence.slice(0, Math.max(0, observation.sentence.indexOf(observation.name)));
  return ONE_YEAR.test(lead) || REVIEW_PARAGRAPH.test(paragraphOf(observation));
};

/** A target read in a paragraph that reviews the past year. */
export const isInReview = (observation: TargetObservation): boolean => REVIEW_PARAGRAPH.test(paragraphOf(observation));

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
