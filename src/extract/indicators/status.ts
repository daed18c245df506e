import type { Indicator, ReportMeta, SectionRole } from "../../domain/index.ts";

type Status = Indicator["status"];

const EXPECTED = /预计|预期可|有望/;
/** `目标` alone is no aim: `高于目标2个百分点` compares a result with one. */
const TARGET = /力争|(?:预期|奋斗|主要)目标|目标(?:是|为|：|:)|计划(?:完成|实现|新增|投资|要求)|要求(?:今年|本年|全年)|拟(?:建|投资|于|新增|实施|开工|引进|完成)|确保|争取达到|要达到|将达到|力求/;
/** Comparisons with the past and elapsed periods report results, even under a "targets" heading. */
const ACTUAL = /同比|比上年|较上年|比去年|较去年|上半年|前三季度|\d{1,2}[-—至]\d{1,2}月|截[至止]|已经|已/;

/**
 * Whether the value was reached, is expected, or is aimed at: words in the sentence
 * before it first, then the section it sits in.
 */
export function statusOf(before: string, role: SectionRole): Status {
  if (EXPECTED.test(before)) return "expected";
  if (TARGET.test(before)) return "target";
  if (ACTUAL.test(before)) return "actual";
  return role === "plan" || role === "targets" ? "target" : "actual";
}

const EXPLICIT_YEAR = /(?<![\d])((?:19|20)\d{2})年(?!代)/g;

/** An annual government work report delivered in year Y reviews year Y−1. */
const ANNUAL_WORK_REPORT = /政府工作报告/;

/**
 * The year the value refers to: a year written earlier in the sentence wins; else the
 * report's year, less one for the review part of an annual work report.
 */
export function periodYearOf(before: string, role: SectionRole, meta: ReportMeta): number | null {
  let explicit: number | null = null;
  for (const m of before.matchAll(EXPLICIT_YEAR)) explicit = Number(m[1]);
  if (explicit !== null) return explicit;
  if (meta.year === null) return null;
  // 比上年 names the base of a change (今年…比上年增长5%), not the value's year.
  if (/上年|去年/.test(before.replace(/[比较](?:上年|去年)/g, ""))) return meta.year - 1;
  const annual = meta.period !== "H1" && meta.period !== "H2" && ANNUAL_WORK_REPORT.test(meta.title);
  return annual && (role === "review" || role === "problems") ? meta.year - 1 : meta.year;
}
