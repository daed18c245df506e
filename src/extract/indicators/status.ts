import type { Indicator, ReportMeta, SectionRole } from "../../domain/index.ts";

type Status = Indicator["status"];

const EXPECTED = /预计|预期可|有望/;
const TARGET = /力争|目标|计划|拟|确保|预期|争取达到|要达到|将达到|力求/;

/**
 * Whether the value was reached, is expected, or is aimed at: words in the clause
 * before it first, then the section it sits in.
 */
export function statusOf(before: string, role: SectionRole): Status {
  if (EXPECTED.test(before)) return "expected";
  if (TARGET.test(before)) return "target";
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
  if (/上年|去年/.test(before)) return meta.year - 1;
  const annual = meta.period !== "H1" && meta.period !== "H2" && ANNUAL_WORK_REPORT.test(meta.title);
  return annual && (role === "review" || role === "problems") ? meta.year - 1 : meta.year;
}
