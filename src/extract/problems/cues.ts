import { cueAlternation } from "./cue-lists.ts";

/**
 * Patterns for recognising stated problems. They describe how Chinese government
 * reports talk about shortcomings in general, not any particular report. The word
 * lists live in `data/*.tsv` (one alternative a line); this file keeps the grammar
 * around them.
 */

const PROBLEM_NOUN = `(?:${cueAlternation("problem-nouns")})`;
const NOUN_TAIL = `(?:[和与及、]?${PROBLEM_NOUN}|[和与及、](?:反思|教训|对策|建议|原因)|之处)*`;

/**
 * Words that state a shortcoming on their own. Lookbehinds sit after the first character
 * of their word, so the engine can still skip ahead to the characters a cue starts with. A clause carrying one is a problem unless
 * it proposes to fix it (see `ACTION_BEFORE_CUE`).
 */
export const STRONG_CUE = new RegExp(cueAlternation("strong-cues"), "u");

/**
 * A verb before the cue turns the clause into an action on the problem (`补齐短板`,
 * `着力解决…不足的问题`, `帮助企业解决困难`) or a promise (`要…`, `确保…`): a plan or
 * an achievement, not a stated problem.
 */
export const ACTION_BEFORE_CUE = new RegExp(cueAlternation("action-before-cue"), "u");

/**
 * Verbs that correct an excess (`抑制过高的消费`, `改变…过于分散的现象`) and modal negatives
 * that forbid one (`不能过于悬殊`), when they stand before the cue. Unlike
 * `ACTION_BEFORE_CUE` they do not make a whole plan sentence a plan: `市场调节`, `不能较快的改变`.
 */
export const CORRECTS_BEFORE_CUE = new RegExp(cueAlternation("corrects-before-cue"), "u");

/** A modal negative anywhere in the clause forbids the excess instead of stating it (`差距不能过于悬殊`). */
export const FORBIDS = /不能(?!不|适应|满足|较快|及时|有效|按时)|不宜|不应|不可(?!能)|不得/u;

/** Verbs that open a plan or an achievement when they start the clause (`加强薄弱环节建设`). */
export const PLAN_START = new RegExp(`^(?:${cueAlternation("plan-start")})`, "u");

/** Nouns that only name the category; a clause that merely has them announces a list. */
const GENERIC_NOUN = `(?:${cueAlternation("generic-nouns")})`;

/** The same lead-in ending its clause (`比较突出的问题是，…`). */
export const TRAILING_LEAD_IN = /^(?:当前|目前|现在)?(?:最|更为|较为|比较)?(?:突出|主要|最大|首要|深层次|根本)的(?:问题|矛盾|困难)(?:是|在于|主要是)$/u;

/** A clause that announces problems instead of stating one (`存在的问题和不足`, `主要表现为`). */
export const LEAD_IN = new RegExp(
  [
    TRAILING_LEAD_IN.source,
    `^[^，。；]{0,24}?(?:存在|面临|暴露|暴露出|遇到|看到|认识到|发现|有)(?:着|出|了)?(?:[^，。；]{0,14}?的)?(?:一些|不少|许多|诸多|一定|以下|如下|较多|很多)?的?${GENERIC_NOUN}${NOUN_TAIL}(?:[，,]?(?:主要|具体)?(?:表现|体现)?(?:在|为|是|如下))?$`,
    `^(?:存在|当前|目前|主要)?的?(?:主要)?${PROBLEM_NOUN}${NOUN_TAIL}$`,
    "清醒(?:地)?(?:看到|认识到|意识到)$|^(?:同时|但|但是)?(?:应该|应当|必须)(?:清醒地?)?(?:看到|认识到|指出)$|(?:同时|但|但是)?[^，。；]{0,6}(?:也|还)(?:要)?(?:清醒地?)?(?:看到|认识到|意识到)$",
  ].join("|"),
  "u",
);

/**
 * `主要表现为`, `主要是`: skipped inside a list of problems, but on its own it announces any
 * list (`主要是：棚户区改造等民生项目`), so it never opens one.
 */
export const ANNOUNCE = /^(?:主要|具体)?(?:表现|体现)(?:在|为)(?:以下几个方面|如下)?$|^(?:具体|主要)?(?:如下|是|有)$|^[^，。；]{0,6}的?问题(?:是|在于)$/u;

/** The sentence that closes a list of problems by promising to face them. */
export const CLOSING = /^(?:对此|为此|(?:对于?|针对)(?:这些|上述|以上)|这些问题|我们|下一步|今后|一定|必须|要|将)|直面问题|高度重视|认真研究|切实加以解决|采取有效措施|加以解决|努力解决|决不辜负/u;

/** Framing that places the report's area among outside forces, not its own shortcomings. */
export const EXTERNAL = new RegExp(`^(?:${cueAlternation("external")})`, "u");

/** A comment on the problem just stated (`教训极其深刻`), not a problem of its own. */
export const COMMENT = /^(?:教训|警示|值得|令人|这(?![几些一两][年时个]|段时)|是|其中|对此|初步分析|据分析|总的来看|总体来看|另一方面|一方面)/u;

/**
 * Concessions (`困难再多也…`, `无论财政多困难`), conditions (`只要…就可以克服`) and forecasts
 * (`还会遇到…困难`) state no problem.
 */
export const CONCESSION = /^(?:无论|不管|不论|即使|哪怕|纵然|即便|只要|只有|如果|假如|倘若|若是|一旦|就(?=可以|能|会|一定|必然)|才(?=能|可以|会)|必将|定能|一定能|相信)|再(?:大|多|难|重|艰巨)$|(?:会|将|可能)(?:遇到|面临|出现)/u;

/** Verbs that open a consequence of the preceding clause (`…，加重基层负担`). */
export const CONSEQUENCE = /^(?:加重|导致|造成|致使|使得|影响了?|进而|从而|产生|引发|带来|给[^，。；]{1,12}带来)/u;

/** A frame with no predicate of its own (`在教育、医疗等方面`) that belongs to the next clause. */
export const FRAME = /^在[^，。；]{1,30}(?:方面|领域|上|中|里)$|^如何[^，。；]{2,30}$/u;

/** Circumstances of a plan (`在经济下行压力加大情况下`), never a problem statement. */
export const CIRCUMSTANCE = /^面对(?!的是)|^越是|^随着|^受[^，。；]*影响$|^在[^，。；]*(?:情况下|背景下|形势下|条件下|前提下|过程中|时候|之际|同时)$/u;

/** Words after a cue that report the problem as eased (`城乡差距持续缩小`). */
export const RESOLVED_AFTER = new RegExp(`^[^未没不待需]*?(?:${cueAlternation("resolved-after")})`, "u");

/** A promise after the cue (`困难再多也一定要办成`) makes the clause a resolve, not a problem. */
/** A clause that reports the excess already checked (`过快的势头得到抑制`). */
export const CHECKED = /得到(?:了)?(?:初步|有效|明显|一定)?(?:的)?(?:抑制|控制|遏制|治理|缓解|解决|改善)|开始降温/u;

export const RESOLVE_AFTER = new RegExp(cueAlternation("resolve-after"), "u");

/** Cues that already negate, so a fixing verb after them is still unfinished (`尚未有效缓解`). */
export const NEGATING = new RegExp(cueAlternation("negating"), "u");

/** `我们面对的是经济转型阵痛凸显的严峻挑战` states the problem inside a frame. */
export const FACING = /^(?:我们|我国|全区|全市|全县|全省)?(?:面对|面临)(?:的是|着)(.+?)的(?:严峻|复杂|艰巨|巨大|重大|多重)?(?:挑战|局面|形势|考验|压力|困难|任务)$/u;

/** Enumerators and bullets that open a list item. */
export const ENUMERATOR =
  /^(?:[一二三四五六七八九十]+(?:是|要|、)|其[一二三四五六七八九十]+|首先|其次|再次|最后|另外|此外|第[一二三四五六七八九十\d]+[，,、]?|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．)）]|[-—•·●▪◆■□☆★>※]+)\s*/u;

/** A list item that continues a problem list started in an earlier paragraph. */
export const CONTINUES_LIST = /^(?:[二三四五六七八九十]+是|其[二三四五六七八九十]+|其次|再次|最后|[（(][二三四五六七八九十2-9][)）]|[2-9][.、．]|[-—•·●▪◆])/u;

/** Conjunctions that open a clause but carry no content. */
export const LEADING_CONJUNCTION = /^(?:但是|但|同时|而且|并且|且|而|特别是|尤其是|加之|加上|再加上|还有|对(?:我们|我国|我省|我市|我区|我县)?(?:来说|而言))[，,]?/u;

/** A turn to the bright side (`但…长期向好的基本趋势没有变`) ends a list of problems. */
export const CONTRAST_START = /^(?:但是|但|然而|不过)/u;

/** Strengths named inside a list of problems; without a cue such a clause is not one. */
export const POSITIVE = new RegExp(cueAlternation("positive"), "u");

/** A clause that opens with a promise governs the next one (`也不能只顾眼前，…`). */
export const MODAL_START = /^(?:也|还|更)?(?:要|不能|不要|必须|应当|应该|将|务必|决不|绝不|坚决)/u;

/**
 * A difficulty named inline after its lead-in (`存在的突出问题是物价上涨过多`): the part
 * after the lead-in is the problem, and the rest of the sentence is vouched for.
 */
export const INLINE_LEAD_IN =
  /^[^，。；]{0,30}?(?:(?:存在|面临|遇到)的?(?:最|更为|较为|比较)?(?:突出|主要|最大|首要|深层次|根本)?|(?:最|更为|较为|比较)?(?:突出|主要|最大|首要|深层次|根本))的?(?:问题|矛盾|困难)(?:是|在于|主要是)(?=[^，。；]{4})/u;

/**
 * A clause that turns to the causes of the difficulty just named (`主要是：…；…`,
 * `原因在于…`): what follows is a list of causes, one problem each.
 */
export const CAUSE_LIST_OPENER = /^(?:其?(?:主要|根本|深层次)?原因(?:主要)?(?:是|在于|有)|主要(?:是|有|表现(?:在|为))|具体(?:是|表现(?:在|为)))(?:因为|由于)?[：:，,]?/u;

/** In a sentence that gives causes (`这里有A，B的原因，也有C的因素`): the opener of an item. */
export const CAUSE_ITEM_OPENER = /^(?:这里|其中|这)?(?:既|也|还|又)?有(?![的所利力效序机关着点])|^由于|^以及/u;

/** …and the closer of an item (`…的原因`, `…等因素`). */
export const CAUSE_ITEM_CLOSER = /(?:的|等|和其[它他]|及其[它他])(?:原因|因素)$/u;

/** A consequence verb before a clause that states its own problem (`造成某些食品供应紧张`). */
export const CONSEQUENCE_VERB = /^(?:致使|导致|造成|使得|从而|进而)/u;

/** A hypothetical outcome in the sentence (`…订得过低，就会影响…`): the clause is a warning. */
export const HYPOTHETICAL = /^(?:也|那)?(?:就|便)(?:会|将|可能|难以)|就会|便会/u;

/**
 * A clause that names a problem as the cause of another (`是食品价格上涨过多的一个重要原因`,
 * `同工作指导上的缺点和失误分不开的`): the named cause is the problem.
 */
export const ATTRIBUTION = /^(?:这|这些)?(?:也|还|都|则)?(?:是|乃)?(?:同|与|跟)(.+?)分不开的?$|^(?:这|这些)?(?:也|还|都)?是(.+?)的(?:一个|一些|又一个)?(?:重要|主要|根本|直接|深层次)?原因(?:之一)?$/u;

/** A clause that goes on with the subject of the one before (`有的…，有的…`, `甚至…`). */
export const CONTINUES_CLAUSE = /^(?:有的|甚至|乃至|以至)/u;

/** A concession (`虽有缓解`) whose turn (`但尚未根本消除`) completes the same problem. */
export const CONCEDES = /虽|虽然|尽管|虽说/u;

/**
 * `X需要提高针对性`: what still needs improving is the problem, even when X is an action
 * (`帮助中小企业纾困解难需要提高针对性`).
 */
export const NEEDS_IMPROVING = /^[^，。；]{2,}(?:需要|有待|亟需|亟待|仍需|还需)(?:进一步|继续|加力|大力)?(?:提高|增强|加强|提升|改进|改善|完善|加大|加快|强化|优化)|^需要(?:加力|着力|进一步|切实)?(?:解决|破解)[^，。；]{2,}(?:症结|问题|矛盾|难题|短板)$/u;
