import { PLACEHOLDER_MARK } from "../../text/index.ts";
import { tagWords } from "../shared/index.ts";
import { isGenericStem, TRAILING_STATUS } from "./boundary-words.ts";
import { CLAUSE_BREAK, ITEM_BREAK, splitPieces, type Piece } from "./clauses.ts";
import { isLeading, stripLeading } from "./clean-name.ts";
import { afterNamedWork, PROPER_TAG, rightConjunct, separateNames } from "./conjuncts.ts";
import { programmeListItems } from "./programme-list.ts";
import { quotedProgrammes } from "./quoted-names.ts";
import { rejectReason, type RejectReason } from "./reject.ts";
import { sharedClassNames } from "./shared-class.ts";
import { kindOfSuffix, SUFFIX_PATTERN, type ProjectKind } from "./suffixes.ts";

/** A project named in a sentence, with the clause that says what happens to it. */
export interface ProjectMention {
  readonly name: string;
  readonly kind: ProjectKind;
  readonly start: number;
  readonly end: number;
  readonly clause: string;
}

/** A candidate turned down, reported only when the reason is worth a diagnostic. */
export interface RejectedMention {
  readonly name: string;
  readonly reason: RejectReason;
  readonly start: number;
  readonly end: number;
}

export interface ProjectFindings {
  readonly mentions: ProjectMention[];
  readonly rejected: RejectedMention[];
}

/**
 * `A、B、C等17个重点项目`, `A、B等高速公路`, `A、B等专项行动`: the items before 等 are the
 * undertakings the tail counts. Events (`等系列活动`) are left out on purpose.
 */
const ENUMERATION_TAIL =
  /(?<![高平均对相同优初中上])等(?:[0-9一二三四五六七八九十百几多]+[个项批座条家处])?[^，。、]{0,10}?(项目|工程|综合体|行动|高速公路|高速|铁路|高铁|水电站|电站|水库|机场|班列)/u;
/** Tags jieba gives brands and companies it knows (`京东方`/nz, `沃尔沃`/nr, `长城汽车`/nt). */
const ORGANISATION_TAG = /^(?:nz|nt|nr|nrt)$/u;
const CAMPAIGN = /(?:平安|法治|健康)(?=[\u4e00-\u9fff]{2})/gu;
const MAX_ITEM = 24;
/** `建成10个日间照料中心`, `建成社区养老服务综合体484个`: a counted class, not one work. */
const COUNT_BEFORE = /(?:[0-9]+|[一二两三四五六七八九十百千几多数]+)(?:个|所|家|座|处)$/u;
const COUNT_AFTER = /^[0-9.]+[余多]?(?:个|所|家|座|处)(?![\u4e00-\u9fff])/u;
/** `一批京津养老项目`; a batch of a designation (`新设一批综合试验区`) still names it. */
const BATCH_BEFORE = /(?:一|几|多)批$/u;
/** `某景区成功创建国家5A级旅游景区`: a site named for an honour it won. */
const HONOUR_AFTER = /^[^，。；]*?(?:成功创建|创成|入选|获评|被评为|评为|荣获)/u;
/** A template mark standing where the name should be (`XXX项目`). */
const PLACEHOLDER_BEFORE_SUFFIX = new RegExp(`(?:${PLACEHOLDER_MARK}{2,}|某某)[“”"]?$`, "u");

/** Institutions a province founds in a named series, batch after batch (`天府实验室`, `之江实验室`). */
const SERIES_CLASS = /^实验室$/u;
const SERIES_NAME_TAG = /^(?:n|nr|ns|nz|nrt|x|j)$/u;

/** A series' name: one word of two or three characters, not a level or a class (`天府`, not `省重点`). */
function isNamedSeries(name: string, suffix: string): boolean {
  if (!SERIES_CLASS.test(suffix) || !name.endsWith(suffix)) return false;
  const stem = name.slice(0, -suffix.length);
  const words = tagWords(stem);
  return words.length === 1 && stem.length >= 2 && stem.length <= 3 && SERIES_NAME_TAG.test(words[0]!.tag) && !isGenericStem(stem) && !isLeading(stem);
}

interface Collector {
  readonly clause: Piece;
  readonly findings: ProjectFindings;
}

function offer(into: Collector, raw: string, start: number, suffix: string, kind: ProjectKind, length?: number): boolean {
  const name = raw.trim();
  if (!name) return false;
  const reason = rejectReason(name, suffix);
  const end = start + (length ?? name.length);
  if (reason) {
    into.findings.rejected.push({ name, reason, start, end });
    return false;
  }
  into.findings.mentions.push({ name, kind, start, end, clause: into.clause.text });
  return true;
}

/** Names ending in a known suffix, cleaned of the words that introduce them. */
function suffixCandidates(into: Collector, item: Piece): boolean {
  let coversItem = false;
  for (const match of item.text.matchAll(SUFFIX_PATTERN)) {
    let end = match.index + match[0].length;
    if (item.text[end] === "”") end++;
    const window = item.text.slice(0, end);
    if (PLACEHOLDER_BEFORE_SUFFIX.test(item.text.slice(0, match.index))) {
      into.findings.rejected.push({ name: window, reason: "placeholder", start: item.start, end: item.start + end });
      continue;
    }
    const kind = kindOfSuffix(match[0]);
    const name = rightConjunct(stripLeading(window, match[0], kind), match[0]);
    const start = item.start + end - name.length;
    const before = window.slice(0, window.length - name.length);
    const batch = kind === "construction" && BATCH_BEFORE.test(before);
    // `建成常泰长江大桥等过江通道`: what follows 等 is the class the items before it belong to.
    const classAfterList = (kind === "facility" || kind === "zone") && /等$/u.test(before) && !/[“”]/u.test(name);
    // `9个“一件事”全链条治理`: a count before a quoted programme counts its items, not programmes;
    // `首批4家天府实验室`: one before a series of laboratories named by one word counts its members.
    const countedItems = (kind === "programme" && /^“[^“”]+”/u.test(name)) || isNamedSeries(name, match[0]);
    if (batch || classAfterList || (COUNT_BEFORE.test(before) && !countedItems) || COUNT_AFTER.test(item.text.slice(end))) {
      into.findings.rejected.push({ name, reason: "generic", start, end: start + name.length });
      continue;
    }
    if (kind === "facility" && HONOUR_AFTER.test(into.clause.text.slice(start - into.clause.start + name.length))) {
      into.findings.rejected.push({ name, reason: "not_a_project", start, end: start + name.length });
      continue;
    }
    let accepted = false;
    for (const part of separateNames(name, match[0])) {
      accepted = offer(into, part.text, start + part.offset, part.suffix, kind) || accepted;
    }
    // `壮大A、B新区、C示范区等…`: a name right before 等 still ends its item.
    const rest = item.text.slice(end);
    if (accepted && (rest.replace(TRAILING_STATUS, "") === "" || /^等/u.test(rest))) coversItem = true;
  }
  return coversItem;
}

/**
 * Whether a list item reads as a proper name rather than a common noun (`演艺`,
 * `网络文化`): a place or person word, a quote or digit, or a longer phrase.
 */
function looksLikeName(text: string): boolean {
  if (/[“”0-9A-Za-z]/u.test(text)) return true;
  const words = tagWords(text);
  if (words.every((word) => isLeading(word.word))) return false;
  // A lone place (`佛山`) is where things happen, not what is built.
  if (words.length === 1 && words[0]!.tag.startsWith("ns")) return false;
  return words.length >= 3 || words.some((word) => PROPER_TAG.test(word.tag) && /[\u4e00-\u9fff]/u.test(word.word));
}

/**
 * `京东方、沃尔沃等重大产业项目`: a brand or company named alone stands for its investment;
 * an organisation is not a project until the works is named (`京东方第8.6代柔性显示生产线`).
 */
function isInvestorName(text: string): boolean {
  const words = tagWords(text);
  return words.length === 1 && ORGANISATION_TAG.test(words[0]!.tag);
}

/** Whether what stands before a name's class word is only common words. */
function hasGenericStem(name: string): boolean {
  const suffix = new RegExp(`(?:${SUFFIX_PATTERN.source})$`, "u").exec(name);
  return suffix !== null && isGenericStem(name.slice(0, suffix.index));
}

/** The name an enumeration item holds once list boilerplate is trimmed off both ends. */
function itemName(item: Piece, first: boolean): Piece {
  const trailing = item.text.replace(TRAILING_STATUS, "");
  const text = first ? stripLeading(trailing) : trailing;
  return { text, start: item.start + trailing.length - text.length };
}

function enumerationCandidates(into: Collector, items: readonly Piece[], covering: readonly boolean[]): void {
  const last = items[items.length - 1];
  if (!last) return;
  const tail = ENUMERATION_TAIL.exec(last.text);
  if (tail) {
    const kind = kindOfSuffix(tail[1] ?? "项目");
    const heads = [...items.slice(0, -1), { text: last.text.slice(0, tail.index), start: last.start }];
    heads.forEach((item, i) => {
      const name = afterNamedWork(itemName(item, i === 0));
      if (kind === "construction" && isInvestorName(name.text)) return;
      if (name.text.length <= MAX_ITEM && looksLikeName(name.text)) offer(into, name.text, name.start, "", kind);
    });
    return;
  }
  for (const name of programmeListItems(items)) offer(into, name.text, name.start, "", "programme");
  if (items.length < 2 || covering.filter(Boolean).length * 2 < items.length) return;
  const kind = into.findings.mentions[into.findings.mentions.length - 1]?.kind ?? "construction";
  items.forEach((item, i) => {
    if (covering[i]) return;
    const name = itemName(item, i === 0);
    // An item its own class word turned down for common words stays down (`保税物流中心`).
    if (into.findings.rejected.some((r) => r.start === name.start && r.name === name.text) && hasGenericStem(name.text)) return;
    if (name.text.length >= 2 && name.text.length <= 8 && looksLikeName(name.text)) offer(into, name.text, name.start, "", kind);
  });
}

/** `平安中国`, `法治河北`, `健康江苏`: campaigns named after the area they cover. */
function campaignCandidates(into: Collector): void {
  const text = into.clause.text;
  for (const match of text.matchAll(CAMPAIGN)) {
    const after = match.index + match[0].length;
    const place = tagWords(text.slice(after, after + 4))[0];
    if (!place || place.word.length < 2 || !place.tag.startsWith("ns")) continue;
    offer(into, text.slice(match.index, after + place.word.length), into.clause.start + match.index, "", "programme");
  }
}

/** Every project a sentence names, longest reading kept where two overlap. */
export function findProjects(text: string): ProjectFindings {
  const findings: ProjectFindings = { mentions: [], rejected: [] };
  for (const clause of splitPieces({ text, start: 0 }, CLAUSE_BREAK)) {
    const into: Collector = { clause, findings };
    const items = splitPieces(clause, ITEM_BREAK);
    const covering = items.map((item) => suffixCandidates(into, item));
    for (const name of sharedClassNames(items)) offer(into, name.text, name.start, "", "facility", name.length);
    for (const name of items.flatMap(quotedProgrammes)) offer(into, name.text, name.start, "", "programme");
    enumerationCandidates(into, items, covering);
    campaignCandidates(into);
  }
  return { mentions: keepLongest(findings.mentions), rejected: findings.rejected };
}

function keepLongest(mentions: readonly ProjectMention[]): ProjectMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ProjectMention[] = [];
  for (const mention of sorted) {
    if (kept.some((k) => k.start < mention.end && mention.start < k.end)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
