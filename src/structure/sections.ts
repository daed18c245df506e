import type { NormalizedText, Section, SectionRole } from "../domain/index.ts";
import { originalSpan, parseYear } from "../text/index.ts";
import type { Heading } from "./headings.ts";
import { namesWorkEitherWay, roleOfHeading, sectionRole } from "./roles.ts";

/** A section in normalised coordinates, before mapping to the original text. */
export interface OutlineSection {
  readonly id: string;
  readonly parentId: string | null;
  readonly heading: string;
  readonly level: number;
  readonly role: SectionRole;
  readonly start: number;
  readonly end: number;
}

// Under a parent with a role, a heading changes it only when it is a short heading that
// says nothing but its role (`问题与不足`, `保障措施`): a task such as
// `有效防范化解重点领域风险` stays in its plan.
const MAX_ROLE_HEADING = 10;
/**
 * Turns the headings of one report into a section tree: a section runs from its heading
 * to the next heading at its level or above, and inherits its parent's role unless its
 * own heading names one; top-level sections inherit the role the report's title gives
 * (a `…工作总结` reviews throughout).
 */
export function buildOutline(
  reportId: string,
  headings: readonly Heading[],
  end: number,
  reportRole: SectionRole | null = null,
  congress = false,
): OutlineSection[] {
  const sections: OutlineSection[] = [];
  const open: { index: number; level: number }[] = [];
  const ends: number[] = [];
  let previousTop: { heading: string; role: SectionRole } | null = null;
  // The latest year a top-level review part has named (2025年和“十四五”时期工作回顾 → 2025).
  let reviewedYear: number | null = null;
  headings.forEach((heading, index) => {
    while (open.length > 0 && open[open.length - 1]!.level >= heading.level) ends[open.pop()!.index] = heading.start;
    const parent = open.length > 0 ? sections[open[open.length - 1]!.index]! : null;
    const inherited = parent?.role ?? reportRole;
    const role =
      inherited !== null && inherited !== "other" && heading.text.length > MAX_ROLE_HEADING
        ? inherited
        : parent === null && inherited === null
          ? topLevelRole(heading.text, previousTop, congress, reviewedYear)
          : sectionRole(heading.text, inherited);
    if (parent === null) previousTop = { heading: heading.text, role };
    if (parent === null && role === "review") reviewedYear = parseYear(heading.text) ?? reviewedYear;
    sections.push({
      id: `${reportId}-s${index}`,
      parentId: parent?.id ?? null,
      heading: heading.text,
      level: heading.level,
      role,
      start: heading.start,
      end,
    });
    open.push({ index, level: heading.level });
  });
  return sections.map((section, i) => ({ ...section, end: ends[i] ?? end }));
}


const PLANNING: ReadonlySet<SectionRole> = new Set(["plan", "targets", "measures"]);

/**
 * A top-level part without role words follows the parts before it: once a report turns
 * to its plans it stays there (`加强政府自身建设` after `2025年工作安排`), a part on a
 * later year than the one just reviewed plans for it (`一九九〇年的国内工作`), and in a
 * report to a congress whatever follows the review plans.
 */
function topLevelRole(heading: string, previous: { heading: string; role: SectionRole } | null, congress: boolean, reviewedYear: number | null): SectionRole {
  const own = roleOfHeading(heading);
  const year = parseYear(heading);
  // Words that name a year's work either way plan once the report has turned to its plans
  // (2026年主要工作 after “十五五”时期主要目标任务), or for a year after the one reviewed
  // (2026年主要工作 after 2025年工作回顾), whatever parts stand between.
  if (namesWorkEitherWay(heading)) {
    if (previous !== null && PLANNING.has(previous.role)) return "plan";
    if (typeof year === "number" && reviewedYear !== null && year > reviewedYear) return "plan";
  }
  if (own !== null || previous === null) return own ?? "other";
  if (PLANNING.has(previous.role)) return "plan";
  // A government work report reviews last year first; the parts after it are this year's work.
  if (congress && (previous.role === "review" || previous.role === "problems")) return "plan";
  const reviewed = parseYear(previous.heading);
  if (previous.role === "review" && typeof year === "number" && typeof reviewed === "number" && year > reviewed) return "plan";
  return "other";
}

/** Maps outline sections to the original text, as the Section record requires. */
export function toSections(doc: NormalizedText, outline: readonly OutlineSection[]): Section[] {
  return outline.map((section) => ({ ...section, ...originalSpan(doc, section.start, section.end) }));
}
