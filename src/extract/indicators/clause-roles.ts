/**
 * What a quantity does in its clause, beyond the words before it: a calculation note
 * between an amount and its rate, a count of a rate's scope, a count of the report's
 * own tasks, a specification inside a name, the whole area a measure is spread over.
 * General wording of Chinese administrative writing, one entry per reason.
 */

/** Notes on how a rate was computed; they sit between an amount and its rate. */
const CALCULATION_NOTES = [
  "按可比价格计算", // the usual note on real growth
  "按可比价计算",
  "按可比口径计算",
  "按可比口径",
  "按不变价格计算",
  "按现行价格计算",
  "扣除物价上涨因素", // real income growth
  "扣除物价因素",
  "扣除价格因素",
  "剔除价格因素",
];

export const CALCULATION_NOTE_SOURCE = `(?:${CALCULATION_NOTES.join("|")})`;

/** A name made only of a calculation note names nothing. */
export const CALCULATION_NOTE = new RegExp(`^${CALCULATION_NOTE_SOURCE}`, "u");

/** Nouns a count of the report's own tasks points at (`做好9个方面工作`): not a quantity of work. */
export const TASK_COUNT_NOUN = /^(?:方面|大方面|个方面|重点任务方面)/u;

/** `203个国考断面优良率`: a count of the units a rate is measured over is its scope. */
export const RATE_HEAD = /(?:率|比例|比重|占比)(?:[均都](?:为|达到?)?)?$/u;

/** Nouns after `N%的` or `N亿元` that frame the number instead of naming it (`的基础上`, `的速度`). */
export const FRAME_NOUN = /^(?:基础|速度|幅度|水平|程度|增速|增幅|比例|比重|目标|范围|标准|台阶|大关|关口|左右|以上)/u;

/** `A和B均为100%`: one rate shared by several names. */
export const SHARED_RATE = /(?:均|都|全部)(?:为|达到|达|保持在?)$/u;

/**
 * Units that, followed at once by a noun, specify the thing named (`1000千伏特高压工程`,
 * `240小时过境免签`, `24小时服务`) instead of measuring an outcome.
 */
export const SPECIFICATION_UNITS: ReadonlySet<string> = new Set(["千伏", "伏", "小时", "分钟", "秒"]);

/** `在全省183个县划分…`: a count of the area's own subdivisions is the scope, not an outcome. */
export const WHOLE_AREA = /在(?:全国|全省|全区|全市|全县|全州|全盟)$/u;

/**
 * Words left when the subject of a value sits in an earlier clause
 * (`农民人均纯收入，1982年为270元`, `…增加109亿公斤，达到4024亿公斤`).
 */
export const LINK_ONLY = /^(?:(?:19|20)\d{2}年(?:底|末)?)?(?:为|是|定为|确定为|定在|达到|达|增加到|提高到|增长到|上升到|下降到|减少到|降到|降至|增至|升至)$/u;
