import type { Organization } from "../../domain/index.ts";
import { containsPlaceholder } from "../../text/index.ts";
import { tagWords } from "../shared/index.ts";

type OrganizationKind = Organization["kind"];

/** A company, bank, university or institute named in a sentence. */
export interface OrganizationMention {
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly start: number;
  readonly end: number;
}

const HEADS: ReadonlyArray<readonly [string, OrganizationKind]> = [
  ["股份有限公司", "company"],
  ["有限责任公司", "company"],
  ["有限公司", "company"],
  ["集团公司", "company"],
  ["集团", "company"],
  ["公司", "company"],
  ["商业银行", "bank"],
  ["农商银行", "bank"],
  ["银行", "bank"],
  ["大学", "university"],
  ["学院", "university"],
  ["科学院", "institute"],
  ["工程院", "institute"],
  ["研究院", "institute"],
  ["研究所", "institute"],
  ["设计院", "institute"],
  ["联合会", "other"],
  ["协会", "other"],
  ["商会", "other"],
];

const HEAD = new RegExp(HEADS.map(([head]) => head).join("|"), "gu");
const KIND = new Map(HEADS);
const NAME_TAG = /^(?:n|nz|nt|ns|nr|nrt|j|eng|l)$/u;
const MAX_NAME = 14;

/**
 * Words that make a head generic: a class of organisations, not one of them
 * (`国有企业集团`, `上市公司`, `商业银行` on its own).
 */
const GENERIC_STEM =
  /^(?:国有|平台|上市|子|分|控股|投资|融资|担保|保险|民营|外资|外贸|科技|金融|商业|村镇|政策性|地方|城投|国企|央企|企业|产业|龙头|本地|各|各类|高等|职业|一批|新型|省属|市属|骨干|重点|研发|头部|管理|相关|中介|集团|大|本科|高职|普通|中小|社区|一流|高水平|应用型|跨国|理工类|综合性|研究型|行业|世界|知名|国际|国内|外国|境外)+$/u;

/** Verbs jieba may tag as nouns; a name never starts with one. */
const LEADING_VERB = /^(?:规范|利用|深化|支持|引导|鼓励|推动|发展|建设|培育|引进|组建|设立|成立|做强|做大|壮大|打造|服务|对接|吸引|招引|新增|新建)/u;

/**
 * Where the name ending at `headEnd` begins: the word that holds the head (jieba keeps
 * `建设银行` whole) and the name-like words before it.
 */
function nameStart(text: string, headStart: number, headEnd: number): number {
  const windowStart = Math.max(0, headStart - MAX_NAME);
  const tokens = tagWords(text.slice(windowStart, headEnd));
  let start = headEnd;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const holdsHead = start > headStart;
    const isName = NAME_TAG.test(token.tag) || /^[A-Za-z]+$/u.test(token.word);
    if (!holdsHead && !isName) break;
    start -= token.word.length;
  }
  return Math.min(start, headStart);
}

/** Every organisation named in the text, tied to the head that gives its kind. */
export function findOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const match of text.matchAll(HEAD)) {
    const end = match.index + match[0].length;
    if (found.some((f) => f.end >= end)) continue;
    const start = nameStart(text, match.index, end);
    let stem = text.slice(start, match.index);
    // `建设银行` is a name: a verb is stripped only when a name is left behind it.
    while (LEADING_VERB.test(stem) && stem.replace(LEADING_VERB, "").length >= 2) stem = stem.replace(LEADING_VERB, "");
    if (stem.length < 2 || GENERIC_STEM.test(stem) || containsPlaceholder(stem)) continue;
    found.push({ name: text.slice(match.index - stem.length, end), kind: KIND.get(match[0]) ?? "other", start: match.index - stem.length, end });
  }
  return found;
}
