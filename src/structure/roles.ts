import type { SectionRole } from "../domain/index.ts";

// Words that name a year's work without saying which way they look: under a heading of
// the year just reviewed they review (2025年主要工作), under a later year's they plan
// (2026年主要工作 after 2025年工作回顾).
const UNDATED_WORK = /主要工作|工作情况|基本情况/u;

// Tried in order: a heading such as `存在问题与反思` or `重点工作成果` holds words of
// several roles, and the more specific role wins. Words that name a year's work either
// way (UNDATED_WORK) come after all of them.
const ROLE_RULES: readonly (readonly [SectionRole, RegExp])[] = [
  ["problems", /问题|不足|困难|挑战|差距|短板|反思/u],
  ["targets", /预期目标|主要目标|发展目标|^目标$/u],
  ["measures", /措施|举措|保障机制|组织保障|工作保障|保证机制/u],
  ["review", /回顾|总结|完成情况|执行情况|开展情况|进展情况|成效|成果|成绩|取得|进展/u],
  ["plan", /计划|安排|打算|重点工作|主要任务|工作任务|工作思路|部署|目标任务|下半年|明年|今后|下一步|总体要求|政策取向|展望|思路/u],
];

/** The role a heading's words give it when they say which way they look, or null. */
function directedRole(heading: string): SectionRole | null {
  for (const [role, pattern] of ROLE_RULES) if (pattern.test(heading)) return role;
  return null;
}

/** Whether a heading's only role words are ones that name a year's work either way. */
export function namesWorkEitherWay(heading: string): boolean {
  return directedRole(heading) === null && UNDATED_WORK.test(heading);
}

/** The role a heading's own words give its section, or null when they give none. */
export function roleOfHeading(heading: string): SectionRole | null {
  return directedRole(heading) ?? (UNDATED_WORK.test(heading) ? "review" : null);
}

/** The role a section takes: its own, else its parent's; top-level sections default to `other`. */
export function sectionRole(heading: string, parentRole: SectionRole | null): SectionRole {
  return roleOfHeading(heading) ?? parentRole ?? "other";
}
