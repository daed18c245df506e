import { traceStep, type Traced } from "./trace.ts";

/**
 * Statistical indicators under their various names. National reports say 国内生产总值,
 * local ones 地区生产总值; both are GDP of the issuer, and the issuer scope keeps them apart.
 */
const INDICATOR_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:国内生产总值|地区生产总值|生产总值|GDP|经济总量)$/u, "GDP"],
  [/^(?:居民消费价格(?:涨幅|指数|总水平)?|CPI|消费价格(?:涨幅)?)$/u, "CPI"],
  [/^(?:规模以上工业增加值|规上工业增加值)$/u, "规上工业增加值"],
  [/^(?:社会消费品零售总额|社零总额|社会消费品零售额)$/u, "社会消费品零售总额"],
  [/^(?:地方)?一般公共预算收入$/u, "一般公共预算收入"],
  [/^(?:地方)?一般公共预算支出$/u, "一般公共预算支出"],
  [/^固定资产投资(?:总额)?$/u, "固定资产投资"],
  [/^城镇新增就业(?:人数|人口)?$/u, "城镇新增就业"],
  [/^(?:城镇)?调查失业率$/u, "城镇调查失业率"],
  [/^(?:进出口总额|(?:外贸|货物贸易|对外贸易)进出口(?:总额|总值)?|进出口总值)$/u, "进出口总额"],
  [/^单位(?:国内|地区)?(?:生产总值|GDP)能(?:耗|源消耗)(?:降低|下降)?$/u, "单位GDP能耗"],
  [/^粮食(?:总)?产量$/u, "粮食产量"],
  [/^实际(?:使用|利用)外资(?:金额)?$/u, "实际使用外资"],
  [/^(?:研发经费(?:投入)?|研究与试验发展经费(?:投入)?|R&D经费(?:投入)?)$/u, "研发经费"],
];

// Words that say where or over what span the figure was counted, not what it counts.
const COVERAGE_PREFIX = /^(?:全国|全省|全市|全区|全县|全州|全年|全社会(?=固定资产投资))/u;
const AMOUNT_SUFFIX = /(?:总量|规模)$/u;

/** Canonical name of an indicator; scope is always the issuer's (see `resolver.ts`). */
export function canonicalIndicator(traced: Traced): Traced {
  let current = traced;
  const uncovered = current.value.replace(COVERAGE_PREFIX, "");
  if (uncovered.length >= 2) current = traceStep(current, uncovered, "coverage-stripped", 1);
  const synonym = INDICATOR_SYNONYMS.find(([pattern]) => pattern.test(current.value));
  if (synonym) return traceStep(current, synonym[1], `alias:${synonym[1]}`, 0.95);
  const bare = current.value.replace(AMOUNT_SUFFIX, "");
  if (bare.length >= 2 && bare !== current.value) {
    const again = INDICATOR_SYNONYMS.find(([pattern]) => pattern.test(bare));
    return again ? traceStep(current, again[1], `alias:${again[1]}`, 0.95) : traceStep(current, bare, "suffix-stripped", 0.9);
  }
  return current;
}
