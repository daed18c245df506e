import { containsPlaceholder, tagWords } from "../shared/index.ts";
import { findDepartments } from "../departments/index.ts";
import { isGenericStem } from "./boundary-words.ts";

export type RejectReason = "placeholder" | "generic" | "not_a_project" | "too_long";

const QUOTES = /[“”"‘’「」《》]/gu;
const MAX_NAME = 30;

/** Events, honours, strategies, systems and organisations: named, but not projects. */
const NOT_A_PROJECT = [
  /(?:会|论坛|艺术节|文化节|旅游节|赛事|比赛)$/u,
  /(?:文明城市|卫生城市|园林城市|文明城区|生态城市|示范城市|百强县|百强区|先进集体|称号|荣誉)/u,
  /(?:战略|理念|思想|精神|方针|路线|制度|机制|体制|体系|格局|模式)$/u,
  /(?:河长制|林长制|湖长制|田长制|营改增|证照分离|放管服|最多跑一次)/u,
  /(?:遗址|遗迹|故居|古墓|石窟)$/u,
  /(?:公司|集团|银行|大学|学院|研究院|研究所)$/u,
  // An office that manages projects (`项目管理中心`) and what bond money may be used for
  // (`投向领域和用作项目资本金`): an organisation and a rule of spending, not works.
  /管理中心$|投向领域|用作/u,
  /十[一二三四五六七八九]五/u,
  /^(?:第|每|各|全(?:省|市|区|县|镇|乡|面|年))/u,
  /^“[^”]*、[^”]*”$/u,
  /工作(?:总结|计划|安排|打算|要点|报告)|(?:19|20)[0-9]{2}年|[上下]半年/u,
  /[0-9A]A级/u,
  /^“[一二两三四五六七八九十百千万0-9]+[个大项条]/u,
  /人大|政协|常委会/u,
  /(?:国民经济和社会发展|预算|招生|生育|投资)计划$/u,
  /[0-9A-Z]”?个|[0-9]+余?[个项批座条家所]|[一二三四五六七八九十百千]+[项批]/u,
  /^级|(?:下|中|上)行动$/u,
  /(?:保险|保障|统筹|政府性|公积金|医保)[^，]*基金$/u,
  // Governing principles (港人治港, 爱国者治港, 一国两制) and words that judge works rather
  // than name them (形象工程, 政绩工程) or a trade (对外承包工程).
  /(?:人|者)治[港澳]”?$|一国两制/u,
  /(?:形象|政绩|面子|豆腐渣|献礼|承包)工程”?$/u,
  /国民经济计划$/u,
  /^(?:和(?!美|谐)|与|及|的|域|地)|^[一二两三四五六七八九十0-9]+[个项批]/u,
  /(?<![高平均对同中初上优])等(?![级次])/u,
  /^“[^”]*[一二两三四五六七八九十百千万][^一二两三四五六七八九十百千万”]+[一二两三四五六七八九十百千万][^”]*”$/u,
  /[0-9.]+(?:公里|千米|亿元|万元|平方米|亩)/u,
  /[0-9一二三四五六七八九十]+[个项批][^，。]{0,4}(?:项目|工程)$/u,
  /(?:重大|重点|主体|标志性|各|各类|相关|有关|一批)(?:项目|工程)$/u,
  // A grade awarded (`国家一级博物馆`) and a name that opens with the class word itself.
  /国家[一二三]级|^项目(?:[一二三四五六七八九]期|工程)/u,
  // Positions a place is to take (`改革开放新高地`, `省域经济副中心`, `双向开放枢纽`): a
  // role in a plan, not a works.
  /(?:高地|增长极|桥头堡|排头兵|宜居地|策源地|首选地|目的地)”?$|(?:省域|区域)[^，]{0,4}副中心$|[双东南西北]向开放枢纽$/u,
  // A task or a class of places a plan picks (`重大战略任务`, `重点功能区`).
  /(?:任务|举措)$|(?:重点|重大)(?:片区|功能区|区域)$/u,
  // People sent to the countryside (`干部下乡`) are a practice; goods sent there (`家电下乡`) a programme.
  /(?:干部|人才|专家|医生|医务人员|教师|党员|青年|学生|志愿者|人员)下乡/u,
  // `…标准引领三大工程`: the last part of a counted set, not a name of its own.
  /^[^“”]+[一二两三四五六七八九十0-9]+大(?:重点|重大|专项)?(?:行动|工程|计划|任务)$/u,
];

/** `新增千亿斤粮食生产能力建设`: capacity is built by a named programme when its target is counted. */
const COUNTED_TARGET = /^(?:新增)?[一二三四五六七八九十百千万亿0-9.]+(?:斤|公斤|吨|千瓦|亩|立方米)/u;

/** `中国制造2025`: a programme named after the year it aims at ends in that year. */
const HORIZON_NAME = /[\u4e00-\u9fff]{2}20[2-5][0-9]$/u;

/** A bare `…项目` is a class of projects unless something in it is a proper name. */
const NAMED_PROJECT_STEM = /[0-9A-Za-z“”"]|[一二三四五六七八九]期/u;
const MIN_PLAIN_PROJECT_STEM = 6;
// A river or lake is put in order or protected by a named programme (`太湖综合治理`,
// `吴淞江整治`, `三江源生态保护`); a field is not (`社会治安综合治理`): those class
// words need a place in the name.
const PLACE_ONLY = Number.POSITIVE_INFINITY;
const MIN_PLAIN_STEM: Readonly<Record<string, number>> = { 斗争: 4, 计划: 3, 行动: 3, 试点: 3, 中心: 4, 资金: 4, 基金: 4, 治理: PLACE_ONLY, 整治: PLACE_ONLY, 保护: PLACE_ONLY };

/** Quotes left open or closed by a cut through a quoted phrase (`Jiangxi”文旅推广计划`). */
function unbalancedQuotes(name: string): boolean {
  return (name.match(/“/gu)?.length ?? 0) !== (name.match(/”/gu)?.length ?? 0);
}

/** The part of a name that makes it specific: what is left without quotes and suffix. */
function stemOf(name: string, suffix: string): string {
  const bare = name.replace(QUOTES, "");
  const bareSuffix = suffix.replace(QUOTES, "");
  return bare.endsWith(bareSuffix) ? bare.slice(0, bare.length - bareSuffix.length) : bare;
}

/** Why a candidate name is not a project, or null when it may stand. */
export function rejectReason(name: string, suffix: string): RejectReason | null {
  if (containsPlaceholder(name)) return "placeholder";
  if (name.length > MAX_NAME) return "too_long";
  if (unbalancedQuotes(name)) return "not_a_project";
  const stem = stemOf(name, suffix);
  const quoted = /[“”]/u.test(name);
  // A quoted name is a proper name, however common its words (`“千万工程”`).
  if (stem.length === 0 || (!quoted && isGenericStem(stem))) return "generic";
  if (joinsAClass(name, suffix)) return "generic";
  if (stem.length < 2 || (/[0-9]$/u.test(stem) && !HORIZON_NAME.test(stem))) return "generic";
  const minimum = MIN_PLAIN_STEM[suffix.slice(-2)] ?? 0;
  if (!quoted && stem.length < minimum && !(minimum === PLACE_ONLY ? opensWithPlaceName(stem) : hasPlaceName(stem))) return "generic";
  if (suffix === "能力建设" && !COUNTED_TARGET.test(stem)) return "generic";
  if (suffix === "项目" && stem.length < MIN_PLAIN_PROJECT_STEM && !NAMED_PROJECT_STEM.test(name) && !hasPlaceName(stem)) {
    return "generic";
  }
  if (NOT_A_PROJECT.some((pattern) => pattern.test(name))) return "not_a_project";
  const asDepartment = findDepartments(name)[0];
  if (asDepartment && asDepartment.end === name.length && asDepartment.start <= 1) return "not_a_project";
  return null;
}

/**
 * `外商独资企业和建设项目`: a phrase whose last conjunct is a class of undertakings names
 * a class, whatever comes before the conjunction; so do two short common words joined
 * (`信贷和消费基金`, `百货店和购物中心`).
 */
function joinsAClass(name: string, suffix: string): boolean {
  if (!/[和与]/u.test(name.replace(/“[^”]*”/gu, ""))) return false;
  const words = tagWords(name);
  const join = words.findLastIndex(({ word, tag }) => (word === "和" || word === "与") && (tag === "c" || tag === "p"));
  if (join < 0) return false;
  const right = words.slice(join + 1).map(({ word }) => word).join("");
  const stem = stemOf(right, suffix);
  if (/[“”]/u.test(right) || stem.length === 0) return false;
  const left = words.slice(0, join).map(({ word }) => word).join("");
  const common = tagWords(left + stem).every(({ tag }) => /^(?:n|v|vn|a)$/u.test(tag));
  const short = left.length <= 3 && stem.length <= 3 && common;
  return short || isGenericStem(stem);
}

/** `太湖…`, `三江源…`: the stem is about one place, named first (not `重要江河湖库`). */
function opensWithPlaceName(stem: string): boolean {
  const [first] = tagWords(stem);
  // jieba tags many rivers and towns it does not know as person names (`吴淞江`/nr).
  return first !== undefined && /^(?:ns|nr|nrt|nrfg)$/u.test(first.tag) && first.word.length >= 2;
}

function hasPlaceName(stem: string): boolean {
  return tagWords(stem).some((word) => /^(?:ns|nr|nz|nt)/u.test(word.tag) && word.word.length >= 2);
}
