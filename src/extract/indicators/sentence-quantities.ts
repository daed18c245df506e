import { findBlankAmounts } from "../../text/index.ts";
import { tagWords } from "../shared/index.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { clauseStart, isUsableName, nameAfter, nameBefore, splitNames } from "./naming.ts";
import { baseOf, isBareScale, isCountUnit } from "./unit-words.ts";
import {
  CALCULATION_NOTE,
  CALCULATION_NOTE_SOURCE,
  FRAME_NOUN,
  LINK_ONLY,
  RATE_HEAD,
  SHARED_RATE,
  SPECIFICATION_UNITS,
  TASK_COUNT_NOUN,
  WHOLE_AREA,
} from "./clause-roles.ts";

/** One indicator read from a sentence, before report-level fields are added. */
export interface Quantity {
  readonly name: string;
  readonly mention: Mention;
  /** The mention's value, negative for a rate of decline (`能耗下降3.1%`). */
  readonly value: number;
  readonly upper: number | null;
  readonly change: number | null;
  readonly changeUnit: "%" | "个百分点" | null;
  /** Sentence text before the quantity, for year and qualifier words. */
  readonly before: string;
  /** Sentence text up to the quantity and the change folded into it, for status words. */
  readonly context: string;
}

interface Draft {
  mention: Mention;
  name: string;
  preRaw: string;
  /** Where the text this quantity used ends (its unit, or the noun it counts). */
  regionEnd: number;
  change: number | null;
  changeUnit: "%" | "个百分点" | null;
  consumed: boolean;
  /** A rate of decline, or a rate listed after one (`下降17.6%、11.6%`). */
  decline: boolean;
  /** Where the words about this quantity end: past its unit, or past the change folded in. */
  contextEnd: number;
}

/** How far back status, year and project words are looked for: about one long sentence. */
const CONTEXT_WINDOW = 160;

/** Text between an amount and its growth rate: `，同比增长`, `、增速`, `，较去年增产`. */
const CHANGE_LINK = new RegExp(
  `^[，,、]?(?:${CALCULATION_NOTE_SOURCE}[，,]?)?` +
    /(?:同比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年|较年初|比年初)?(?:分别)?(?:年均|平均每年|平均)?(?:增长|增加|提高|增速|增幅|下降|减少|回落|降低|增产|减产|上涨|上升|递增|递减)(?:了|为|达到|达)?(?:约|近|超过)?$/.source,
  "u",
);
/** `从70元提高到88元`: the second value belongs to the first's name. */
const MOVED_TO = /^(?:提高|提升|增加|增长|上升|扩大|下降|减少|降低|缩小|缩短|压缩|降|增|升)?[到至]$/;
const DECLINE = /下降|减少|回落|降低|减产|下滑|降幅|递减/;
/** A rate right after one of these words measures a fall. */
const DECLINE_BEFORE = /(?:下降|减少|回落|降低|下滑)(?:了|约|近|超过|达)?$/;
/** `国内生产总值增长6.6%，总量突破90万亿元`: the amount is the total of the rate's subject. */
const TOTAL_WORDS = new Set(["总量", "总额", "总值", "规模", "总规模"]);

/**
 * A small count in words after a noun or before a one-word noun is part of a fixed
 * phrase (`残疾人两项补贴`, `八项规定`, `两条腿`), not a quantity of work.
 */
function isFixedPhrase(mention: Mention, preRaw: string, post: string): boolean {
  if (!mention.chinese || !isCountUnit(mention.unit)) return false;
  if (post === "") return false;
  const first = tagWords(post)[0];
  if (post.length <= 2 || first === undefined || first.word.length === 1 || !NOUN_LIKE.test(first.tag)) return true;
  const last = tagWords(preRaw.slice(-8)).pop();
  return last !== undefined && /^n/.test(last.tag) && last.word.length > 1;
}

/** `仅用47天建成`: how long a piece of work took, not an outcome. */
const TIME_TAKEN = /(?:仅用|只用|仅仅用|用时|历时|耗时|用了)(?:了)?(?:不到|近|约)?$/;
const isTimeTaken = (mention: Mention, preRaw: string): boolean =>
  /^(?:天|小时|分钟|个月)$/.test(mention.unit) && TIME_TAKEN.test(preRaw);

/** jieba tags of words a count can point at: nouns, names, unknown words. */
const NOUN_LIKE = /^(?:n|vn|x|eng|j)/;

/** `共10批31个项目`: a breakdown count ends the words that can name the count after it. */
const BREAKDOWN = /\d(?:批|类|大类|个|项|家|件|所|座|条|种)/g;
function afterLastBreakdown(pre: string): string {
  let cut = -1;
  for (const m of pre.matchAll(BREAKDOWN)) cut = m.index + m[0].length;
  return cut < 0 ? pre : pre.slice(cut);
}

const countsNext = (unit: string): boolean => isCountUnit(unit) || isBareScale(unit) || baseOf(unit) === "亩";

const NOUN_TAG = /^(?:n|x|eng|j)/;
const VERB_TAG = /^v(?!n)/;

/**
 * The phrase after a unit is a noun phrase (`规模母基金`, `引导基金集群`), not a purpose
 * (`办好民生实事`, `用于创业`) or a frame (`的基础上`).
 */
function nounAfter(text: string, from: number): boolean {
  const post = nameAfter(text, from);
  if (!post || FRAME_NOUN.test(post)) return false;
  const words = tagWords(post);
  const first = words[0];
  const last = words[words.length - 1];
  return first !== undefined && last !== undefined && NOUN_TAG.test(first.tag) && NOUN_TAG.test(last.tag);
}

/**
 * A pre that is only a verb phrase with no subject of its own (`组建`, `撬动社会资本打造`):
 * the amount's noun after it is what was measured. `经济总量跨上5万亿元台阶` has a subject.
 */
function isBareVerbPhrase(pre: string): boolean {
  const words = tagWords(pre);
  const first = words[0];
  const last = words[words.length - 1];
  return first !== undefined && last !== undefined && VERB_TAG.test(first.tag) && VERB_TAG.test(last.tag);
}

/**
 * The name of a quantity from its clause: the words before it, or, when the words before
 * are only a verb (`组建200亿元规模母基金`) or the number leads its noun (`64.2%的县医院达到…`),
 * the noun after it.
 */
function nameOf(text: string, mention: Mention, preRaw: string, pre: string): { name: string; post: string } {
  if (mention.rate) {
    const post = text[mention.end] === "的" && nounOrClauseAfter(text, mention.end + 1) ? nameAfter(text, mention.end) : "";
    return { name: pre + post, post };
  }
  if (countsNext(mention.unit)) {
    const post = nameAfter(text, mention.end);
    return { name: pre + post, post };
  }
  if (pre === "" || !isBareVerbPhrase(pre)) return { name: pre, post: "" };
  const after = mention.end + (text[mention.end] === "的" ? 1 : 0);
  if (!nounAfter(text, after)) return { name: pre, post: "" };
  const post = nameAfter(text, mention.end);
  // `200亿元规模母基金` → `母基金规模`: the noun first, its measure after.
  const name = post.startsWith("规模") && post.length > 3 ? `${post.slice(2)}规模` : post;
  return { name: name || pre, post };
}

/** True when the quantity is not a measure of its own: see `clause-roles.ts`. */
function playsNoMeasure(text: string, mention: Mention, preRaw: string, post: string): boolean {
  if (mention.rate) return false;
  if (isCountUnit(mention.unit) && (TASK_COUNT_NOUN.test(post) || isRateScope(post) || WHOLE_AREA.test(preRaw))) return true;
  return SPECIFICATION_UNITS.has(mention.unit) && /[\u4e00-\u9fff]/.test(text[mention.end] ?? "") && nounOrVerbAfter(text, mention.end);
}

/** `203个国考断面优良率`: the count is the rate's scope; `4次降低存款准备金率` counts actions. */
function isRateScope(post: string): boolean {
  if (!RATE_HEAD.test(post)) return false;
  const first = tagWords(post)[0];
  return first !== undefined && !VERB_TAG.test(first.tag);
}

/** `64.2%的县医院达到…`: a rate's noun after 的 opens a clause; `的基础上`, `的速度` frame it. */
function nounOrClauseAfter(text: string, from: number): boolean {
  const post = nameAfter(text, from);
  const first = post ? tagWords(post)[0] : undefined;
  // jieba tags the head of `县医院` as zg: ask only that the phrase does not open with a function word or verb.
  return first !== undefined && !/^(?:v(?!n)|p|c|u|d|r|m|q)/.test(first.tag) && !FRAME_NOUN.test(post);
}

function nounOrVerbAfter(text: string, from: number): boolean {
  const first = tagWords(text.slice(from, from + 8))[0];
  return first !== undefined && /^(?:n|v|x|eng|j|d|l|i)/.test(first.tag) && !/^(?:以上|以内|左右|之内|内|多|以下)/.test(first.word);
}

/** `203个国考断面优良率和285个水功能区达标率均为100%`: the names the rate is shared by. */
function sharedRateNames(text: string, mention: Mention, clause: string): string[] {
  if (!mention.rate || !SHARED_RATE.test(clause)) return [];
  const names = clause
    .replace(SHARED_RATE, "")
    .replace(/\d+(?:\.\d+)?(?:个|条|家|所|项|座|处)/gu, "")
    .split(/[和、及与]/u)
    .map((part) => nameBefore(part));
  return names.length > 1 && names.every((n) => isUsableName(n) && RATE_HEAD.test(n)) ? names : [];
}

function draftsOf(text: string, mentions: readonly Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const mention of mentions) {
    const prev = drafts[drafts.length - 1];
    const preStart = Math.max(clauseStart(text, mention.start), prev?.regionEnd ?? 0);
    const preRaw = afterLastBreakdown(text.slice(preStart, mention.start));
    const pre = nameBefore(preRaw);
    const { name, post } = nameOf(text, mention, preRaw, pre);
    const postEnd = post ? text.indexOf(post, mention.end) + post.length : mention.end;
    if (isFixedPhrase(mention, preRaw, post) || isTimeTaken(mention, preRaw)) continue;
    if (playsNoMeasure(text, mention, preRaw, post)) continue;
    const shared = sharedRateNames(text, mention, text.slice(clauseStart(text, mention.start), mention.start));
    for (const sharedName of shared.slice(0, -1)) {
      drafts.push({ mention, name: sharedName, preRaw, regionEnd: mention.end, change: null, changeUnit: null, consumed: false, decline: false, contextEnd: mention.start });
    }
    drafts.push({
      mention,
      name: shared[shared.length - 1] ?? name,
      preRaw,
      regionEnd: Math.max(mention.end, postEnd),
      change: null,
      changeUnit: null,
      consumed: false,
      decline: mention.rate && (DECLINE_BEFORE.test(preRaw) || (preRaw === "、" && prev?.decline === true)),
      contextEnd: mention.start,
    });
  }
  return drafts;
}

const signed = (mention: Mention, link: string): number => (DECLINE.test(link) ? -mention.value : mention.value);

/** Length of the run of drafts from `start` joined by `、` and alike in being rates or not. */
function runLength(text: string, drafts: readonly Draft[], start: number): number {
  let end = start + 1;
  while (
    end < drafts.length &&
    drafts[end]!.mention.rate === drafts[start]!.mention.rate &&
    text.slice(drafts[end - 1]!.regionEnd, drafts[end]!.mention.start) === "、"
  ) {
    end++;
  }
  return end - start;
}

/** `完成29092元、17191元，分别增长3%、6.4%`: a list of rates pairs with a list of amounts. */
function linkListChanges(text: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; ) {
    const amounts = runLength(text, drafts, i);
    const j = i + amounts;
    const firstRate = drafts[j];
    if (amounts < 2 || drafts[i]!.mention.rate || !firstRate?.mention.rate) {
      i = j;
      continue;
    }
    const link = text.slice(drafts[j - 1]!.regionEnd, firstRate.mention.start);
    if (runLength(text, drafts, j) === amounts && CHANGE_LINK.test(link)) {
      for (let k = 0; k < amounts; k++) {
        const amount = drafts[i + k]!;
        const rate = drafts[j + k]!;
        amount.change = signed(rate.mention, link);
        amount.changeUnit = rate.mention.unit === "个百分点" ? "个百分点" : "%";
        amount.contextEnd = rate.mention.start;
        rate.consumed = true;
      }
      i = j + amounts;
    } else {
      i = j;
    }
  }
}

/** Folds a growth rate into the amount it qualifies, so the pair counts once. */
function linkChanges(text: string, drafts: Draft[]): void {
  linkListChanges(text, drafts);
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1]!;
    const cur = drafts[i]!;
    if (prev.consumed || cur.consumed) continue;
    const link = text.slice(prev.regionEnd, cur.mention.start);
    const rateUnit = cur.mention.unit === "%" || cur.mention.unit === "个百分点" ? cur.mention.unit : null;
    if (!prev.mention.rate && cur.mention.rate && rateUnit && CHANGE_LINK.test(link)) {
      prev.change = signed(cur.mention, link);
      prev.changeUnit = rateUnit;
      prev.contextEnd = cur.mention.start;
      cur.consumed = true;
    } else if (prev.mention.rate && !cur.mention.rate && TOTAL_WORDS.has(cur.name) && prev.name) {
      cur.name = prev.name;
      cur.change = signed(prev.mention, prev.preRaw);
      cur.changeUnit = prev.mention.unit === "个百分点" ? "个百分点" : "%";
      prev.consumed = true;
    }
  }
}

/**
 * Gives names to values listed after one name (`A、B分别增长3%、5%`): a list of as many
 * names as values is shared out in order; otherwise every value takes the whole name.
 */
function shareListNames(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  let i = 0;
  while (i < drafts.length) {
    const head = drafts[i]!;
    let j = i + 1;
    while (j < drafts.length) {
      const d = drafts[j]!;
      const link = text.slice(drafts[j - 1]!.regionEnd, d.mention.start);
      if (d.name !== "" || !/^[、和及]?$/.test(link) || d.mention.rate !== head.mention.rate) break;
      j++;
    }
    const group = drafts.slice(i, j).filter((d) => !d.consumed);
    const parts = splitNames(head.name, group.length);
    if (group.length > 1 && parts.length === group.length) {
      group.forEach((d, k) => out.push({ ...d, name: parts[k]! }));
    } else if (group.length === 1 && parts.length > 1 && /均/.test(head.preRaw)) {
      for (const part of parts) out.push({ ...head, name: part });
    } else {
      for (const d of group) out.push({ ...d, name: d.name || head.name });
    }
    i = j;
  }
  return out;
}

/** The subject of a clause whose amount was left blank (`完成投资亿元，增长19%`). */
function blankSubjects(text: string): Array<{ at: number; name: string }> {
  return findBlankAmounts(text).map((blank) => ({
    at: blank.start,
    name: nameBefore(text.slice(clauseStart(text, blank.start), blank.start)),
  }));
}

/** `农民人均纯收入，1982年为270元`: a clause of a bare noun phrase is the topic of the next. */
function topicBefore(text: string, at: number): string {
  const start = clauseStart(text, at);
  if (start < 2 || !"，,".includes(text[start - 1]!)) return "";
  const topicStart = clauseStart(text, start - 1);
  const topic = text.slice(topicStart, start - 1);
  if (/\d/.test(topic) || topic.length > 16) return "";
  const words = tagWords(topic);
  // jieba tags a noun head such as 收入 as a verb, so only the words before the head are asked.
  const body = words.slice(0, -1);
  // `今年经济增长速度的宏观调控目标，定为百分之八至九`: an aim is the topic of the clause that sets it.
  const aim = /(?:目标|指标)$/.test(topic);
  return aim || (words.length > 1 && body.every((w) => /^(?:n|a|b|vn|j|x)/.test(w.tag))) ? nameBefore(topic) : "";
}

/** Every indicator quantity stated in one sentence, named and with its change attached. */
export function sentenceQuantities(text: string): Quantity[] {
  const mentions = findMentions(text);
  if (mentions.length === 0) return [];
  const drafts = draftsOf(text, mentions);
  linkChanges(text, drafts);
  const named = shareListNames(text, drafts);
  const blanks = blankSubjects(text);
  const out: Quantity[] = [];
  let lastSubject = "";
  for (const d of named) {
    let name = d.name;
    if (CALCULATION_NOTE.test(name)) name = "";
    if (!isUsableName(name) && LINK_ONLY.test(d.preRaw.trim())) {
      name = topicBefore(text, d.mention.start) || lastSubject;
    } else if (!isUsableName(name) && d.mention.rate) {
      const blank = blanks.filter((b) => b.at < d.mention.start).pop();
      name = blank && isUsableName(blank.name) ? blank.name : lastSubject;
    } else if (!isUsableName(name) && MOVED_TO.test(d.preRaw)) {
      name = lastSubject;
    }
    if (!isUsableName(name)) continue;
    lastSubject = name;
    const sign = d.decline ? -1 : 1;
    out.push({
      name,
      mention: d.mention,
      value: sign * d.mention.value,
      upper: d.mention.upper === null ? null : sign * d.mention.upper,
      change: d.change,
      changeUnit: d.changeUnit,
      before: text.slice(Math.max(0, d.mention.start - CONTEXT_WINDOW), d.mention.start),
      context: text.slice(Math.max(0, d.mention.start - CONTEXT_WINDOW), d.contextEnd),
    });
  }
  return out;
}
