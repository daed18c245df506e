import { findPlaceholders } from "../../text/index.ts";

/** Marks that end a clause: a name never reaches across them. */
const CLAUSE_END = /[，,；;：:。！？!?（(）)\s—]/;

const LEADING = new RegExp(
  "^(?:“?[一二三四五六七八九十]{1,3}五”?(?:时期|期间|以来|期末|末)?(?:前[一二三四]年)?|其中|另外|此外|同时|并且|预计|力争|争取|计划|确保|目标|年内|全年|当年|今年|本年|上半年|下半年|前三季度|" +
    "[一二三四]季度|比?[一二三四五六七八九〇零]{4}年|比(?:上年|去年)|目前|现已|已经|已|可以|可|将|共计|累计|合计|总计|共|先后|分别|到年底|年底|实现|" +
    "截[至止][^，,]{0,12}?[底末]|\\d{1,2}[-—~至到]\\d{1,2}月份?|\\d{1,2}月份?|[在到至]?(?:19|20)\\d{2}年?(?:[到至—-](?:(?:19|20)\\d{2}年?)?)?度?|上年|去年|同期|、)",
);

const TRAILING = new RegExp(
  "(?:分别(?:高出|低于|高|低)|[比较][^，,比较]{1,10}?(?:期末|年末|年初|年底|同期)|[比较](?:[一二三四五六七八九〇零]{4}|\\d{4})年(?:同期)?|同比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年|较年初|比年初|同期|分别|[年平]均(?:每[年月人天户])?|(?<![年平])均|将|再|也|还|仍|保持|各|(?:19|20)\\d{2}年(?:底|末)?|[一二三四五六七八九〇零]{4}年|" +
    "等于|相当于|已经|共计|累计|总计|合计|共|达到了|达到|(?<![下到通表抵送传发转直])达|为|是|有|约|大约|接近|将近|近|不超过|超过|超出|不足|不到|突破|逾|超|" +
    "保持在|稳定在|控制在|维持在|[提增]高?[到至]|提升[到至]|增加[到至]|降[到至]|降低[到至]|下降[到至]|减少[到至]|" +
    "缩短[到至]|缩小[到至]|压缩[到至]|压缩|压减|缩减|增长了|增长|增加|提高了|提高|提升|上升|上涨|下降了|下降|减少|" +
    "回落|降低|递增|递减|完成|实现|增速|增幅|降幅|增产|实际|的|了|[从由]?每[年月人天户]|[从由]|、|和|及|与)$",
);

/** Blank amounts left in a template (`收入亿元、`) at the end of a name. */
const TRAILING_BLANK = /(?<=[\u4e00-\u9fff])(?:万亿元|亿元|万元|万美元|亿美元|%)$/;

const COMPARISON_BASE = /^[比较](?:(?:19|20)\d{2}|[一二三四五六七八九〇零]{4})年/;

const MAX_NAME = 20;
/** A clause longer than this is text without punctuation; a name is never that far back. */
const MAX_CLAUSE = 120;
const MAX_POST = 18;

/** Where the clause holding position `at` begins. */
export function clauseStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_CLAUSE);
  for (let i = at - 1; i >= limit; i--) {
    const ch = text[i]!;
    // A short aside in brackets (`中小学（幼儿园）`) belongs to the name before it.
    const open = ch === "）" ? text.lastIndexOf("（", i) : ch === ")" ? text.lastIndexOf("(", i) : -1;
    if (open >= 0 && i - open <= 8 && i === at - 1 && !/\d/.test(text.slice(open, i))) {
      i = open;
      continue;
    }
    if (CLAUSE_END.test(ch)) return i + 1;
  }
  return limit;
}

/** Drops an example list ending in 等 (`河钢等5个`), keeping a verb before it. */
function dropExamples(pre: string): string {
  if (!pre.endsWith("等")) return pre;
  const body = pre.slice(0, -1);
  const quoted = /[《“"][^《“"]*[》”"]$/.exec(body);
  return quoted ? body.slice(0, quoted.index) : "";
}

function stripRepeated(text: string, pattern: RegExp, fromStart: boolean): string {
  let current = text;
  for (;;) {
    const m = pattern.exec(current);
    if (!m || m[0] === "") return current;
    current = fromStart ? current.slice(m[0].length) : current.slice(0, m.index);
  }
}

/** Removes placeholder marks and years such as `20xx年` from a name. */
export function withoutPlaceholders(name: string): string {
  let out = name;
  for (const p of findPlaceholders(name).reverse()) {
    const end = out[p.end] === "年" ? p.end + 1 : p.end;
    out = out.slice(0, p.start) + out.slice(end);
  }
  return out;
}

/** The words before a number that name what it measures, with verbs of change and time words removed. */
export function nameBefore(raw: string): string {
  let pre = withoutPlaceholders(raw).trim();
  for (let round = 0; round < 3; round++) {
    const before = pre;
    pre = stripRepeated(pre, TRAILING, false);
    pre = pre.replace(TRAILING_BLANK, "");
    pre = dropExamples(pre);
    if (pre === before) break;
  }
  pre = stripRepeated(pre, LEADING, true);
  // `比1955年决算数增加…`: only the base of a comparison, the subject is earlier.
  if (COMPARISON_BASE.test(pre)) return "";
  // A list of names (`A、B、C`) is shared out later, so only a single name is capped.
  return pre.length > MAX_NAME && !pre.includes("、") ? pre.slice(pre.length - MAX_NAME) : pre;
}

/** The noun phrase a count classifier points at (`6项专项附加扣除`), up to the clause end. */
export function nameAfter(text: string, from: number): string {
  let i = from;
  if (text[i] === "的") i++;
  const start = i;
  while (i < text.length && i - start < MAX_POST) {
    const ch = text[i]!;
    // A quoted name is taken whole, digits and all (`17支“4+1”专项基金`).
    const close = ch === "“" ? "”" : ch === "《" ? "》" : null;
    const closing = close ? text.slice(i + 1, start + MAX_POST * 2).indexOf(close) + i + 1 : -1;
    if (closing > i) {
      i = closing + 1;
      continue;
    }
    if (CLAUSE_END.test(ch) || ch === "、" || /\d/.test(ch)) break;
    // `34家控股公司和7家参股公司`: the list goes on with another count.
    if ((ch === "和" || ch === "及" || ch === "与") && /[\d一二两三四五六七八九十]/.test(text[i + 1] ?? "")) break;
    i++;
  }
  const post = withoutPlaceholders(text.slice(start, i));
  if (/^(?:同比|比|较|增长|增加|下降|减少|占|以上|左右|以内|多|余|年|月)/.test(post)) return "";
  return /[\u4e00-\u9fff“"《]/.test(post) ? post : "";
}

/** Splits `A、B、C` into parts when a list of values goes with a list of names. */
export function splitNames(name: string, count: number): string[] {
  // `城镇和农村居民人均可支配收入` with two values: two names sharing the head.
  if (count === 2 && !name.includes("、")) {
    for (const size of [2, 1, 3, 4]) {
      if (!"和及与".includes(name[size] ?? "x")) continue;
      const rest = name.slice(2 * size + 1);
      if (rest.length >= 2) return [name.slice(0, size) + rest, name.slice(size + 1, 2 * size + 1) + rest];
    }
  }
  const parts = name.split("、").map((part) => part.trim()).filter((part) => part.length > 0);
  // `增速比全国、全市`: later parts are short for the first part's `…比` head.
  const head = parts[0] ?? "";
  const compare = head.lastIndexOf("比");
  if (compare > 0) return parts.map((part, i) => (i > 0 && part.length <= 4 ? head.slice(0, compare + 1) + part : part));
  // `一、二、三产业增加值`, `城镇、农村居民收入`: short earlier parts share the last part's tail.
  const last = parts[parts.length - 1] ?? "";
  return parts.map((part, i) =>
    i < parts.length - 1 && part.length <= 3 && last.length > part.length + 1 ? part + last.slice(part.length) : part,
  );
}

/** A name needs at least two letters or characters: `36.2` or `“` names nothing. */
export const isUsableName = (name: string): boolean => (name.match(/[\u4e00-\u9fffA-Za-z]/g)?.length ?? 0) >= 2;
