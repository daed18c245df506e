/**
 * Units a quantity may carry, as written after the number. Count classifiers say
 * "how many of the thing named next" (`6项专项附加扣除`); measures and money do not.
 */
export const COUNT_CLASSIFIERS = [
  "人次", "户次", "架次", "车次", "航次", "家次", "场次", "件次", "批次", "大类", "台套", "标准台",
  "个", "家", "项", "件", "辆", "套", "座", "所", "条", "列", "名", "台", "只", "头",
  "张", "份", "册", "部", "批", "场", "处", "幢", "栋", "间", "种", "类", "支",
  "架", "艘", "篇", "宗", "起", "例", "笔", "株", "棵", "眼", "片", "盏", "组",
  "户", "人", "位", "次", "本", "块", "口", "羽",
  "枚", "对", "金牌", "银牌", "铜牌", "金", "银", "铜",
] as const;

export const MEASURE_UNITS = [
  "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "吨标准煤", "标准箱", "标箱", "微克/立方米",
  "美元", "欧元", "港元", "日元", "元", "公里", "千米", "公顷", "公斤", "千克", "吨", "斤",
  "亩", "米", "千瓦", "兆瓦", "吉瓦", "千伏", "小时", "分钟", "天", "倍", "岁", "度", "床",
] as const;

export const RATE_UNITS = ["个百分点", "百分点", "%", "‰"] as const;

/** Scale prefixes; a bare 万 or 亿 may stand for the whole unit (`减少1386万`). */
export const SCALES = ["万亿", "千亿", "百亿", "亿", "千万", "百万", "十万", "万", "千", "百"] as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

export const BASE_UNIT_SOURCE = alternation([...COUNT_CLASSIFIERS, ...MEASURE_UNITS]);
export const SCALE_SOURCE = alternation(SCALES);
export const RATE_UNIT_SOURCE = alternation(RATE_UNITS);

const COUNT_SET: ReadonlySet<string> = new Set(COUNT_CLASSIFIERS);
const RATE_SET: ReadonlySet<string> = new Set(RATE_UNITS);

/** The unit without its scale prefix (`万户` → `户`). */
export function baseOf(unit: string): string {
  for (const scale of SCALES) {
    if (unit.startsWith(scale) && unit.length > scale.length) return unit.slice(scale.length);
  }
  return unit;
}

export const isRateUnit = (unit: string): boolean => RATE_SET.has(unit);
export const isCountUnit = (unit: string): boolean => COUNT_SET.has(baseOf(unit));
export const isBareScale = (unit: string): boolean => (SCALES as readonly string[]).includes(unit);

/**
 * Characters that, right after a unit, show the "unit" is the first half of a word
 * (`14亿人口`, `两位数`, `5个体户`, `3部门`): keyed by the unit's last character.
 */
const WORD_CONTINUATIONS: Readonly<Record<string, string>> = {
  人: "口民", 个: "人体性", 家: "庭乡", 户: "籍口", 部: "门署分", 条: "件例", 项: "目",
  名: "单", 所: "有属在以", 次: "数", 场: "所景馆", 处: "理置", 类: "型", 批: "准复",
  起: "步草来", 位: "于置数", 只: "有要是", 张: "家", 份: "额", 度: "过", 天: "然津",
  元: "素旦", 口: "岸", 组: "织", 支: "持付", 片: "区", 架: "构", 列: "入", 种: "植",
  金: "融额属库", 对: "于外接口标象比话策手照应岸方待称立齐付抗冲", 银: "行", 铜: "矿", 间: "隔", 台: "阶", 本: "地市区级届", 套: "餐", 米: "粮",
};

/** True when the unit is really the start of a longer word. */
export function continuesWord(unit: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  return WORD_CONTINUATIONS[unit[unit.length - 1]!]?.includes(next) ?? false;
}
