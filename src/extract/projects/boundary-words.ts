import { readWords } from "../shared/word-list.ts";

const list = (name: string): readonly string[] => readWords(new URL(`./data/${name}.tsv`, import.meta.url));

/**
 * Words that open a clause about a project without being part of its name: actions,
 * adverbs, time words, counts (`data/leading-words.tsv`). Stripped from the front of a
 * candidate, repeatedly, so `全面加快建设X` leaves `X`.
 */
export const LEADING_WORDS: ReadonlySet<string> = new Set(list("leading-words"));

/**
 * Actions that, inside a long candidate, end the words before them (`…建设雄安新区`,
 * `…项目启动博习医院`): what follows is the name (`data/inner-actions.tsv`).
 */
export const INNER_ACTIONS: ReadonlySet<string> = new Set(list("inner-actions"));

/** A count or quantifier in front of a name (`17个`, `一批`, `多项`). */
export const LEADING_COUNT =
  /^(?:(?:[0-9.]+|[一二两三四五六七八九十百千万几多数]+)(?:个|项|批|座|条|家|处|所|大|类|件|台|套)|(?:全国|全省|全市|全区|国内|省内)?首[家个批单座]|(?:(?:19|20)[0-9Xx×*]{2}|[Xx×*]{2,4})年度?|[Xx×*]{2,}|年度|[0-9.]+[万亿]?元以上|[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）])/u;

/** `data/stem-modifiers.tsv`: words that qualify a class of undertakings (`重点`, `民生`). */
const MODIFIER_WORDS = list("stem-modifiers");
/** `data/stem-domains.tsv`: fields of work (`农业`, `交通`). */
const DOMAIN_WORDS = list("stem-domains");

const MODIFIERS: ReadonlySet<string> = new Set(MODIFIER_WORDS);
const STEM_WORD = new RegExp(
  [...MODIFIER_WORDS, ...DOMAIN_WORDS].sort((a, b) => b.length - a.length).join("|"),
  "uy",
);

/**
 * Whether a stem names a class of undertakings rather than one: built only of common
 * words and either qualified by a modifier (`重大水利`, `民生`) or a single domain word
 * (`交通`). Domain words together may still be a name (`乡村建设行动`, `文化惠民工程`).
 */
export function isGenericStem(stem: string): boolean {
  const words: string[] = [];
  STEM_WORD.lastIndex = 0;
  while (STEM_WORD.lastIndex < stem.length) {
    const match = STEM_WORD.exec(stem);
    if (!match) return false;
    words.push(match[0]);
  }
  return words.some((word) => MODIFIERS.has(word)) || words.length <= 1;
}

/** Status phrases that may trail a name in an enumeration (`厂通路全线通车`). */
export const TRAILING_STATUS =
  /等?(?:(?:全线|全面|基本|顺利|正式|加快|开工|启动)?(?:通车|建成|竣工|投运|投用|投产|开工建设|开工|启动建设|建设|通航运营|通航|运营|完工|落地|签约|开业|挂牌运营|挂牌|验收|交付)+)?$/u;
