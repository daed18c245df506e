import { containsPlaceholder } from "../../text/index.ts";
import { tagWords } from "../shared/index.ts";
import {
  COMPOUND_BEFORE_LEVEL,
  DEPARTMENT_CORE,
  HEAD_CONTINUATION,
  LEVEL_START,
  SELF_REFERENCE_BEFORE,
  SELF_STANDING_HEAD,
  STRONG_HEAD,
} from "./department-pattern.ts";
import { LEVELS } from "./department-vocabulary.ts";

const LEVEL_WORDS: ReadonlySet<string> = new Set(LEVELS);
import { placePrefixStart } from "./place-prefix.ts";

/** A body named in a sentence, as a half-open range of the sentence text. */
export interface DepartmentMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const CLAUSE_BREAK = /[，,。；;：:、！？!?“”"（）()《》\s]/u;
const NOUN_TAG = /^(?:n|nz|nt|ns|vn|j|l)/u;
/**
 * Words of a service network rather than one body (`乡镇区域养老服务中心`,
 * `县…农事综合服务中心`): facilities found in every township, not a named office.
 */
const SERVICE_NETWORK = /乡镇|区域|社区|村|综合|养老|照料|托育|卫生|.{11,}/u;

function continuesAsOtherWord(core: string, rest: string): boolean {
  for (const [head, pattern] of Object.entries(HEAD_CONTINUATION)) {
    if (core.endsWith(head) && pattern.test(rest)) return true;
  }
  return false;
}

function coreMentions(text: string): DepartmentMention[] {
  const found: DepartmentMention[] = [];
  for (const match of text.matchAll(DEPARTMENT_CORE)) {
    const core = match[0];
    const coreStart = match.index;
    const coreEnd = coreStart + core.length;
    if (continuesAsOtherWord(core, text.slice(coreEnd))) continue;
    const before = text.slice(0, coreStart);
    if (SELF_REFERENCE_BEFORE.test(before)) continue;
    const leveled = match.groups?.["level"] !== undefined || LEVEL_START.test(core);
    if (leveled && COMPOUND_BEFORE_LEVEL.test(before)) continue;
    const start = match.groups?.["standalone"] === undefined ? placePrefixStart(text, coreStart) : coreStart;
    found.push({ name: text.slice(start, coreEnd), start, end: coreEnd });
  }
  return found;
}

/** Where the name in front of a strong head (`…服务中心`, `…领导小组`) begins, or -1. */
function strongHeadStart(text: string, headStart: number, head: string, cores: readonly DepartmentMention[]): number {
  const joined = cores.find((core) => core.end === headStart);
  if (joined) return joined.start;
  let clauseStart = headStart;
  while (clauseStart > 0 && headStart - clauseStart < 16 && !CLAUSE_BREAK.test(text[clauseStart - 1]!)) clauseStart--;
  const left = text.slice(clauseStart, headStart);
  const tokens = tagWords(left);
  let offset = 0;
  for (const token of tokens) {
    const here = clauseStart + offset;
    if (LEVEL_WORDS.has(token.word) && !COMPOUND_BEFORE_LEVEL.test(text.slice(0, here))) {
      const named = text.slice(here + token.word.length, headStart);
      return SERVICE_NETWORK.test(named) ? -1 : here;
    }
    offset += token.word.length;
  }
  if (!SELF_STANDING_HEAD.test(head)) return -1;
  let start = headStart;
  let taken = 0;
  for (let i = tokens.length - 1; i >= 0 && taken < 2; i--) {
    const token = tokens[i]!;
    if (!NOUN_TAG.test(token.tag)) break;
    start -= token.word.length;
    taken++;
  }
  return taken > 0 ? start : -1;
}

/** Every body named in the text, longest readings kept where two overlap. */
export function findDepartments(text: string): DepartmentMention[] {
  const cores = coreMentions(text);
  const mentions = [...cores];
  for (const match of text.matchAll(STRONG_HEAD)) {
    const end = match.index + match[0].length;
    if (cores.some((core) => core.start <= match.index && core.end >= end)) continue;
    const start = strongHeadStart(text, match.index, match[0], cores);
    if (start < 0) continue;
    mentions.push({ name: text.slice(start, end), start, end });
  }
  return keepLongest(mentions).filter((mention) => !containsPlaceholder(mention.name));
}

/**
 * Drops names another name of the same report repeats with a place in front
 * (`省人民政府` beside `河北省人民政府`): one body, one record.
 */
export function withoutShortForms<T extends { readonly name: string }>(records: readonly T[]): T[] {
  return records.filter((record) =>
    records.every((other) => other.name.length <= record.name.length || !other.name.endsWith(record.name)),
  );
}

function keepLongest(mentions: readonly DepartmentMention[]): DepartmentMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DepartmentMention[] = [];
  for (const mention of sorted) {
    if (kept.some((k) => k.start < mention.end && mention.start < k.end)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
