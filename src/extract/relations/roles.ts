import type { Responsibility } from "../../domain/index.ts";
import type { Mention } from "./mentions.ts";

export type ResponsibilityRole = Responsibility["role"];

/** `由区发改委牵头`, `区发改委牵头`, `牵头单位：区发改委`. */
const LEADS_AFTER = /^(?:牵头|为牵头单位|作为牵头单位|担任牵头)/u;
const LEADS_BEFORE = /(?:牵头单位|牵头部门)[：:为是]?\s*$/u;
/** `区住建委负责`, `由区住建委具体负责`, `责任单位：区住建委`. */
const RESPONSIBLE_AFTER =
  /^(?:负责|具体负责|全面负责|主要负责|为责任单位|作为责任单位|为责任主体|为(?:项目)?业主|为建设单位|作为建设单位|为实施主体|作为实施主体|承担|抓总|主抓)/u;
const RESPONSIBLE_BEFORE = /(?:责任单位|责任部门|责任主体|主办单位|承办单位)[：:为是]?\s*$/u;
/** A supporting body (`区财政局配合`) is neither leading nor responsible. */
const SUPPORTS_AFTER = /^(?:配合|协助|协同|参与|支持)/u;
/** Words right before a name that make it an object or a companion, not the subject. */
const NOT_SUBJECT_BEFORE = /(?:向|对|与|和|及|同|跟|给|经|报|请|在|被|将|把|配合|协助|会同|联合|按照|根据|由于|、)$/u;
/** Words right after a name that make it a modifier or part of a list, not the subject. */
const NOT_SUBJECT_AFTER = /^(?:的|和|与|及|、|等|“|”|以及|或|审批|批准|批复|同意|下达|印发|考核|督查|检查)/u;
/**
 * A subject that acts is followed by its verb (or an adverb or modal before it); anything
 * else (`国务院办公厅`, `省委十二届五次全会`, `党中央一揽子政策`) is a name inside a noun phrase.
 */
const ACTS_AFTER = new RegExp(
  "^(?:" +
    [
      "加快|推进|推动|实施|开展|组织|建设|启动|完成|建成|投资|出资|编制|规划|谋划|建立|打造|协调|指导|督促|主导|主办|承办|举办",
      "引进|招引|争取|申报|新建|改造|提升|完善|优化|统筹|抓好|做好|加强|强化|落实|牵头|负责|承担|部署|安排|制定|研究|探索|创建|筹建",
      "全力|积极|大力|着力|持续|深入|认真|扎实|切实|率先|主动|加紧|抓紧|继续|进一步|共同|已|正在|将|要|会|把|对|按照|围绕|以|在|于",
    ].join("|") +
    ")",
  "u",
);

/** Words that may open a clause before its subject without changing who acts. */
const CLAUSE_OPENING = /^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[-•·])?\s*(?:同时|此外|另外|目前|截至目前|上半年|下半年|今年以来|年初以来|全年)?[，,]?\s*$/u;

/**
 * The role a department plays in its sentence: it leads (`由X牵头`), answers for the work
 * (`X负责`), or is the subject that acts (`X加快推进…`). Null for a body that only
 * supports or is merely named.
 */
export function departmentRole(sentence: string, mention: Mention, clauseStart: number): ResponsibilityRole | null {
  const before = sentence.slice(clauseStart, mention.start);
  const after = sentence.slice(mention.end);
  if (SUPPORTS_AFTER.test(after)) return null;
  // A label (`牵头单位：`) sits before the clause mark that separates it from the name.
  const label = sentence.slice(0, mention.start);
  if (LEADS_AFTER.test(after) || LEADS_BEFORE.test(label)) return "leads";
  if (RESPONSIBLE_AFTER.test(after) || RESPONSIBLE_BEFORE.test(label)) return "responsible";
  if (before.endsWith("由")) {
    // `由区发改委、区财政局牵头`, `由区住建委组织实施`: the verb follows the whole list.
    const verb = /^[^，,。；;]*?(牵头|负责|实施|承建|组织|推进|落实|承办|主办|建设)/u.exec(after)?.[1];
    if (verb === "牵头") return "leads";
    if (verb !== undefined) return "responsible";
  }
  if (NOT_SUBJECT_BEFORE.test(before) || NOT_SUBJECT_AFTER.test(after)) return null;
  return CLAUSE_OPENING.test(before) && ACTS_AFTER.test(after) ? "acts" : null;
}
