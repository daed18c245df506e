import type { Period, ReportKind, SectionRole } from "../../domain/index.ts";
import { YEAR_NUMBER } from "../../text/index.ts";

const FULL_YEAR = new RegExp(`年度|年终|全年|年底|工作报告|${YEAR_NUMBER}年`, "u");

/** H1/H2/FY from the title's words; annual congress reports are full-year. */
export function inferPeriod(title: string, congress: boolean): Period | null {
  if (/上半年|前半年|1[-~至到]6月|一至六月/u.test(title)) return "H1";
  if (/下半年|后半年|7[-~至到]12月|七至十二月/u.test(title)) return "H2";
  if (/半年/u.test(title)) return "H1";
  if (FULL_YEAR.test(title) || congress) return "FY";
  return null;
}

const REVIEW_WORD = /总结|回顾|完成情况|执行情况|进展情况|开展情况|述职/u;
const PLAN_WORD = /计划|安排|打算|要点|思路|展望/u;

function kindOf(review: boolean, plan: boolean): ReportKind | null {
  if (review && plan) return "review+plan";
  if (review) return "review";
  if (plan) return "plan";
  return null;
}

/**
 * review / plan / review+plan from the title, else from the roles of the report's
 * sections (`计划执行情况` reviews how a plan went, so it is a review).
 */
export function inferKind(title: string, roles: ReadonlySet<SectionRole>): ReportKind | null {
  const words = title.replace(/计划(?=执行|完成)/gu, "");
  const fromTitle = kindOf(REVIEW_WORD.test(words), PLAN_WORD.test(words));
  if (fromTitle) return fromTitle;
  return kindOf(roles.has("review") || roles.has("problems"), roles.has("plan") || roles.has("targets"));
}
