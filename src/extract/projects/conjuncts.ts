import { tagWords } from "../shared/index.ts";
import type { Piece } from "./clauses.ts";
import { SUFFIX_PATTERN } from "./suffixes.ts";

/** Tags of proper names; `x` on a Chinese word is jieba's mark for a word it had to guess. */
export const PROPER_TAG = /^(?:ns|nr|nrt|nrfg|nz|nt|eng|j|x)$/u;

const HAS_SUFFIX = new RegExp(SUFFIX_PATTERN.source, "u");
const ENDS_WITH_SUFFIX = new RegExp(`(?:${SUFFIX_PATTERN.source})”?$`, "u");
/** A quoted name, or a quoted activity, that ends before 和 (`“A”活动和B专项行动`). */
const QUOTED_NAME = /^“[^“”]{2,}”(?:活动|行动|工程)?$/u;

/** A stretch of a name, with its offset in the name and the suffix it ends in, if any. */
export interface NamePart {
  readonly text: string;
  readonly offset: number;
  readonly suffix: string;
}

/**
 * `二期和黄茅峡水库`: when what follows 和 is itself a proper name with the same suffix,
 * it is the name and the left conjunct belongs to the list before it.
 */
export function rightConjunct(name: string, suffix: string): string {
  if (!name.includes("和")) return name;
  const words = tagWords(name);
  const last = words.map((word) => word.word).lastIndexOf("和");
  if (last <= 0) return name;
  const right = words
    .slice(last + 1)
    .map((word) => word.word)
    .join("");
  const stem = right.slice(0, Math.max(0, right.length - suffix.length));
  return stem.length >= 2 && tagWords(stem).some((word) => PROPER_TAG.test(word.tag) && /^[\u4e00-\u9fff]{2,}$/u.test(word.word))
    ? right
    : name;
}

/**
 * Names run together in front of one suffix: `“A”“B”行动` is two actions sharing the
 * word; `“A”活动和B专项行动` and `A中心与B中心` are two names joined by 和 or 与.
 */
export function separateNames(name: string, suffix: string): NamePart[] {
  const parts: NamePart[] = [];
  let offset = 0;
  for (const quote of name.matchAll(/“[^“”]+”(?=“)/gu)) {
    if (quote.index !== offset) break;
    parts.push({ text: quote[0], offset, suffix: "" });
    offset += quote[0].length;
  }
  const rest = name.slice(offset);
  const join = rest.search(/[和与]/u);
  const left = rest.slice(0, join);
  const leftSuffix = join > 0 ? ENDS_WITH_SUFFIX.exec(left) : null;
  if (join > 0 && rest.length - join > 4 && (QUOTED_NAME.test(left) || leftSuffix)) {
    parts.push({ text: left, offset, suffix: leftSuffix?.[0].replace("”", "") ?? "" });
    offset += join + 1;
  }
  parts.push({ text: name.slice(offset), offset, suffix });
  return parts;
}

/**
 * `广州新机场和平远至武平`: a work named with its own suffix before 和 is found on its own,
 * so the list item is what follows.
 */
export function afterNamedWork(item: Piece): Piece {
  const join = item.text.lastIndexOf("和");
  if (join <= 0 || !HAS_SUFFIX.test(item.text.slice(0, join))) return item;
  return { text: item.text.slice(join + 1), start: item.start + join + 1 };
}
