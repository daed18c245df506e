import { tagWords } from "../shared/index.ts";
import { TRAILING_STATUS } from "./boundary-words.ts";
import type { Piece } from "./clauses.ts";
import { isLeading, stripLeading } from "./clean-name.ts";
import { afterNamedWork, PROPER_TAG } from "./conjuncts.ts";
import { kindOfSuffix, SUFFIX_PATTERN } from "./suffixes.ts";

/** A name built from a list item and the class word a later item carries. */
export interface SharedClassName {
  readonly text: string;
  /** Where the item's own words stand in the sentence: the class word is not beside them. */
  readonly start: number;
  readonly length: number;
}

const FIRST_SUFFIX = new RegExp(SUFFIX_PATTERN.source, "u");
/** Stems of the items of such a list are short proper names (`雄商`, `乌拉哈达`, `云龙湖`). */
const MIN_STEM = 2;
const MAX_STEM = 5;
/** Words of a class phrase that qualify its class word (`大运河文化旅游带`: `文化`). */
const COMMON_TAG = /^(?:n|vn)$/u;
/** One-character class words (`港`) end too many names of their own (`沙埕港`, `中联云港`). */
const MIN_CLASS = 2;

/**
 * `加快雄商、雄忻高铁和石雄铁路建设`, `紫金山、太湖、钟山、云龙湖实验室`: bare proper
 * names listed before an item that ends in a facility's class word share that word, so
 * each is named with it (`雄商高铁`). Only works and facilities share their class word
 * this way; an item that is not a proper name (`科技`, `国际`) stays out.
 */
export function sharedClassNames(items: readonly Piece[]): SharedClassName[] {
  // Without a class word in any item nothing is shared; most lists have none, and the
  // check spares tagging every item of every list (the stem before a class word is two
  // characters or more, so the pattern's lookbehinds see the same text either way).
  if (!items.some((item) => FIRST_SUFFIX.test(item.text.replace(TRAILING_STATUS, "")))) return [];
  const names: SharedClassName[] = [];
  let pending: Piece[] = [];
  items.forEach((item, i) => {
    const text = item.text.replace(TRAILING_STATUS, "");
    const bare = i === 0 ? stripLeading(text) : text;
    const own = { text: bare, start: item.start + text.length - bare.length };
    const shared = classOf(own);
    if (shared) {
      // `云龙湖等实验室`: the item before 等 is one of the names the class word counts.
      const counted = shared.stem.endsWith("等") ? shared.stem.slice(0, -1) : null;
      if (counted !== null && isBareProperName(counted)) pending.push({ text: counted, start: own.start });
      for (const name of pending) names.push({ text: name.text + shared.head, start: name.start, length: name.text.length });
    }
    const tail = afterNamedWork(own);
    if (tail !== own) pending = isBareProperName(tail.text) ? [tail] : [];
    else pending = !shared && isBareProperName(own.text) ? [...pending, own] : [];
  });
  return names;
}

/**
 * The class phrase of an item that opens with a short proper name and a facility's class
 * word (`云龙湖实验室` → `实验室`, `大运河文化旅游带` → `文化旅游带`), or null.
 */
function classOf(item: Piece): { stem: string; head: string } | null {
  const match = FIRST_SUFFIX.exec(item.text);
  if (!match || kindOfSuffix(match[0]) !== "facility") return null;
  let stem = item.text.slice(0, match.index);
  let head = match[0];
  const words = tagWords(stem);
  while (words.length > 1 && COMMON_TAG.test(words[words.length - 1]!.tag) && !isLeading(words[words.length - 1]!.word)) {
    const word = words.pop()!.word;
    stem = stem.slice(0, stem.length - word.length);
    head = word + head;
  }
  const bare = stem.replace(/等$/u, "");
  if (head.length < MIN_CLASS || bare.length < MIN_STEM || bare.length > MAX_STEM) return null;
  if (!/^[\u4e00-\u9fff]+$/u.test(bare) || bare.includes("等")) return null;
  // The item's own name is proper too (`云龙湖`, `青山`), not a common noun (`港口码头`).
  const own = tagWords(bare);
  if (!own.some((word) => PROPER_TAG.test(word.tag)) || own.some((word) => word.tag === "v")) return null;
  return { stem, head };
}

/** A short name made only of words jieba takes for proper names (`娄里`, `紫金山`). */
export function isBareProperName(text: string): boolean {
  if (text.length < MIN_STEM || text.length > MAX_STEM || !/^[\u4e00-\u9fff]+$/u.test(text)) return false;
  if (FIRST_SUFFIX.test(text)) return false;
  return tagWords(text).every((word) => PROPER_TAG.test(word.tag));
}
