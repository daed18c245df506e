import { formatCounter } from "./list-labels.ts";

/** One level of a list definition (`w:lvl`): how its number is written and where it starts. */
interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  readonly suffix: string;
  readonly style: string | undefined;
}

interface Definitions {
  /** abstractNumId → levels by ilvl. */
  readonly abstract: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  /** numId → its abstract list and the levels it restarts (`w:startOverride`). */
  readonly nums: ReadonlyMap<string, { readonly abstractId: string; readonly starts: ReadonlyMap<number, number> }>;
}

const attribute = (xml: string, element: string, name = "w:val"): string | undefined =>
  new RegExp(`<${element}\\b[^>]*?\\s${name}="([^"]*)"`).exec(xml)?.[1];

const blocks = (xml: string, element: string): string[] => xml.match(new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, "g")) ?? [];

const XML_ENTITIES: Readonly<Record<string, string>> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };
const unescapeXml = (text: string): string => text.replace(/&(?:lt|gt|amp|quot|apos);/g, (entity) => XML_ENTITIES[entity]!);

function readDefinitions(numberingXml: string): Definitions {
  const abstract = new Map<string, Map<number, Level>>();
  for (const block of blocks(numberingXml, "w:abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of blocks(block, "w:lvl")) {
      levels.set(Number(attribute(lvl, "w:lvl", "w:ilvl") ?? 0), {
        format: attribute(lvl, "w:numFmt") ?? "decimal",
        text: unescapeXml(attribute(lvl, "w:lvlText") ?? ""),
        start: Number(attribute(lvl, "w:start") ?? 1),
        suffix: attribute(lvl, "w:suff") ?? "tab",
        style: attribute(lvl, "w:pStyle"),
      });
    }
    abstract.set(attribute(block, "w:abstractNum", "w:abstractNumId") ?? "", levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const block of blocks(numberingXml, "w:num")) {
    const starts = new Map<number, number>();
    for (const override of blocks(block, "w:lvlOverride")) {
      const start = attribute(override, "w:startOverride");
      if (start !== undefined) starts.set(Number(attribute(override, "w:lvlOverride", "w:ilvl") ?? 0), Number(start));
    }
    nums.set(attribute(block, "w:num", "w:numId") ?? "", { abstractId: attribute(block, "w:abstractNumId") ?? "", starts });
  }
  return { abstract, nums };
}

/** The list and level a paragraph belongs to, resolved as mammoth resolves it: its own `w:numPr`, else its style's list level. */
function listOf(pPr: string, definitions: Definitions): { numId: string; level: number } | null {
  const numId = attribute(pPr, "w:numId");
  const ilvl = attribute(pPr, "w:ilvl");
  if (numId !== undefined && ilvl !== undefined) return { numId, level: Number(ilvl) };
  const style = attribute(pPr, "w:pStyle");
  if (style !== undefined) {
    for (const [abstractId, levels] of definitions.abstract) {
      for (const [level, definition] of levels) {
        if (definition.style !== style) continue;
        const num = [...definitions.nums].find(([, n]) => n.abstractId === abstractId);
        if (num) return { numId: num[0], level };
      }
    }
  }
  return numId === undefined ? null : { numId, level: 0 };
}

/**
 * The numbers Word would print before each list paragraph of the document (`一、`,
 * `（一）`, `1.`), in document order, one entry for every paragraph mammoth sees as a
 * list item (null where that paragraph shows no number). Counters live per abstract list,
 * a deeper level restarts when a shallower one advances, and a list instance with a start
 * override restarts where it is first used.
 */
export function listLabels(documentXml: string, numberingXml: string): (string | null)[] {
  const definitions = readDefinitions(numberingXml);
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  const labels: (string | null)[] = [];
  for (const pPr of blocks(documentXml, "w:pPr")) {
    const list = listOf(pPr, definitions);
    if (!list) continue;
    const num = definitions.nums.get(list.numId);
    const levels = num && definitions.abstract.get(num.abstractId);
    const level = levels?.get(list.level);
    // mammoth finds no list for an unknown instance or level (numId 0 ends a list), and neither does this.
    if (!num || !levels || !level) continue;
    const counts = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, counts);
    if (!used.has(list.numId)) {
      used.add(list.numId);
      for (const [ilvl, start] of num.starts) counts[ilvl] = start - 1;
    }
    counts[list.level] = (counts[list.level] ?? (level.start - 1)) + 1;
    for (let deeper = list.level + 1; deeper < counts.length; deeper++) counts[deeper] = (levels.get(deeper)?.start ?? 1) - 1;
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      return formatCounter(Math.max(counts[at] ?? 0, levels.get(at)?.start ?? 1), levels.get(at)?.format ?? "decimal");
    });
    if (level.format === "bullet" || label.trim() === "") {
      labels.push(null);
      continue;
    }
    // Word follows the number with a tab or space; in text, punctuation already ends it.
    const separator = level.suffix === "nothing" || /[\p{P}]$/u.test(label) ? "" : " ";
    labels.push(label + separator);
  }
  return labels;
}
