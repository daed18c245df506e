import type { NormalizedText, Section, SectionRole } from "../domain/index.ts";
import { originalSpan } from "../read/index.ts";
import type { Heading } from "./headings.ts";
import { sectionRole } from "./roles.ts";

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

// Headings of paragraph-level styles (`一是`, lead-ins) only sharpen a role when the
// words are explicit; otherwise they would flip a plan paragraph on a stray `成效`.
const PARAGRAPH_KINDS = new Set(["ordinal", "sequence", "lead-in"]);

/**
 * Turns the headings of one report into a section tree: a section runs from its heading
 * to the next heading at its level or above, and inherits its parent's role unless its
 * own heading names one.
 */
export function buildOutline(reportId: string, headings: readonly Heading[], end: number): OutlineSection[] {
  const sections: OutlineSection[] = [];
  const open: { index: number; level: number }[] = [];
  const ends: number[] = [];
  headings.forEach((heading, index) => {
    while (open.length > 0 && open[open.length - 1]!.level >= heading.level) ends[open.pop()!.index] = heading.start;
    const parent = open.length > 0 ? sections[open[open.length - 1]!.index]! : null;
    const inherited = parent?.role ?? null;
    const role =
      PARAGRAPH_KINDS.has(heading.kind) && inherited !== null && inherited !== "other"
        ? sectionRoleStrict(heading.text, inherited)
        : sectionRole(heading.text, inherited);
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

function sectionRoleStrict(heading: string, inherited: SectionRole): SectionRole {
  const own = sectionRole(heading, inherited);
  return own === "problems" ? own : inherited;
}

/** Maps outline sections to the original text, as the Section record requires. */
export function toSections(doc: NormalizedText, outline: readonly OutlineSection[]): Section[] {
  return outline.map((section) => ({ ...section, ...originalSpan(doc, section.start, section.end) }));
}
