import { escapeHtml, Html } from "./html.ts";
import { nestSpans, type Span, type SpanNode } from "./nest-spans.ts";
import type { FactRow, SectionRow } from "./rows.ts";

/** A fact placed in the report text: offsets into the text shown (file offset − report start). */
export interface PlacedFact {
  readonly id: string;
  readonly fact: FactRow;
  readonly start: number;
  readonly end: number;
  /** True when the written name (and value) was found in the sentence; false: the whole sentence. */
  readonly narrowed: boolean;
}

const foldWidth = (text: string): string =>
  text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");

interface Found {
  readonly at: number;
  readonly length: number;
}

/** The first of the needles (as given or width-folded) found in text[from, to). */
function findFirst(text: string, needles: readonly (string | null | undefined)[], from: number, to: number): Found | null {
  for (const needle of needles) {
    if (!needle) continue;
    for (const candidate of new Set([needle, foldWidth(needle)])) {
      const at = text.indexOf(candidate, from);
      if (at !== -1 && at + candidate.length <= to) return { at, length: candidate.length };
    }
  }
  return null;
}

const valueText = (value: number): string => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12))));

// An indicator's value further than this after its name belongs to something else.
const MAX_NAME_TO_VALUE = 40;

/**
 * Narrows a fact from its evidence sentence to the characters that state it: the name
 * as written, and for an indicator its value and unit when they follow. A fact whose
 * name is not in the sentence keeps the whole sentence.
 */
export function placeFact(text: string, offset: number, fact: FactRow, id: string): PlacedFact {
  const start = fact.start - offset;
  const end = fact.end - offset;
  const name = findFirst(text, [fact.written, fact.name], start, end);
  const placed = (from: number, to: number, narrowed: boolean): PlacedFact => ({ id, fact, start: from, end: to, narrowed });
  const byName = name ? placed(name.at, name.at + name.length, true) : placed(start, end, false);
  if (fact.kind !== "indicator" || fact.value === null || fact.value === undefined) return byName;
  const searchFrom = name ? name.at + name.length : start;
  const value = findFirst(text, [valueText(fact.value)], searchFrom, end);
  if (!value || (name && value.at - searchFrom > MAX_NAME_TO_VALUE)) return byName;
  const unit = fact.unit ?? "";
  const valueEnd = value.at + value.length + (unit && text.startsWith(unit, value.at + value.length) ? unit.length : 0);
  return placed(name ? name.at : value.at, valueEnd, true);
}

type Piece = { type: "fact"; placed: PlacedFact } | { type: "section"; section: SectionRow };

/** The report text as markup: sections as spans carrying their role, facts as `<mark data-kind>`. */
export function renderHighlightedText(text: string, offset: number, sections: readonly SectionRow[], placed: readonly PlacedFact[]): Html {
  const spans: Span<Piece>[] = [
    ...sections.map((section) => ({ start: section.start - offset, end: section.end - offset, id: section.id, data: { type: "section" as const, section } })),
    ...placed.map((fact) => ({ start: fact.start, end: fact.end, id: fact.id, data: { type: "fact" as const, placed: fact } })),
  ];
  const out: string[] = [];
  const write = (nodes: readonly SpanNode<Piece>[], from: number, to: number): void => {
    let at = from;
    for (const node of nodes) {
      out.push(escapeHtml(text.slice(at, node.start)));
      out.push(open(node, offset));
      write(node.children, node.start, node.end);
      out.push(node.data.type === "fact" ? "</mark>" : "</span>");
      at = node.end;
    }
    out.push(escapeHtml(text.slice(at, to)));
  };
  write(nestSpans(spans, text.length), 0, text.length);
  return new Html(out.join(""));
}

function open(node: SpanNode<Piece>, offset: number): string {
  const piece = node.piece ? " piece" : "";
  if (node.data.type === "section") {
    const { section } = node.data;
    const anchor = node.piece ? "" : ` id="sec-${escapeHtml(section.id)}"`;
    return `<span class="sec${piece}"${anchor} data-section="${escapeHtml(section.id)}" data-role="${escapeHtml(section.role ?? "")}" data-level="${section.level}">`;
  }
  const { placed } = node.data;
  const { fact } = placed;
  const title = [fact.kind, fact.name, fact.status, fact.detail].filter((part) => part).join(" · ");
  return (
    `<mark class="fact${fact.linked ? " linked" : ""}${piece}" data-kind="${fact.kind}" data-fact="${placed.id}"` +
    ` data-start="${placed.start + offset}" data-end="${placed.end + offset}"${fact.linked ? ' data-linked="true"' : ""}` +
    ` title="${escapeHtml(title)}">`
  );
}
