/**
 * Difficulties that government work reports name year after year in ever new words
 * (`企业经营困难` / `中小微企业、个体工商户生产经营困难` / `企业特别是民营企业困难凸显`).
 * A clause that matches one is keyed by the concept, so the recurring-problems query
 * sees it across years; the first matching concept wins. Themes follow the concept, so
 * the same difficulty is one node whatever theme the extractor guessed.
 */
const PROBLEM_CONCEPTS: ReadonlyArray<readonly [concept: string, theme: string, pattern: RegExp]> = [
  ["形式主义官僚主义", "governance", /形式主义|官僚主义/u],
  ["腐败多发", "governance", /腐败/u],
  ["干部不担当不作为", "governance", /不作为|为官不为|不担当|庸政|懒政|慢作为/u],
  ["体制机制障碍", "governance", /体制机制.{0,6}(?:障碍|弊端|不健全|不完善|不顺)/u],
  ["安全生产事故", "governance", /安全生产|重特大(?:安全)?事故|安全事故/u],
  ["地方政府债务风险", "finance", /(?:政府|隐性)债务/u],
  ["金融风险隐患", "finance", /金融.{0,8}风险|风险隐患/u],
  ["财政收支矛盾", "finance", /财政.{0,6}(?:困难|收支|紧平衡|减收|压力)|收支矛盾/u],
  ["房地产市场风险", "industry", /房地产|房价/u],
  ["就业压力", "livelihood", /就业.{0,8}(?:压力|矛盾|难度|困难)|就业难/u],
  ["企业生产经营困难", "industry", /(?:企业|个体工商户|市场主体).{0,12}(?:困难|难度|压力|难题)|经营困难/u],
  ["产能过剩", "industry", /产能过剩|过剩产能/u],
  ["产业结构不合理", "industry", /产业结构.{0,4}(?:不合理|不优|矛盾)|结构性矛盾/u],
  ["创新能力不强", "innovation", /创新能力.{0,4}(?:不强|不足|不够)|关键核心技术|卡脖子/u],
  ["物价上涨压力", "economy", /物价|价格.{0,6}(?:上涨|涨幅|压力)|通胀/u],
  ["需求不足", "economy", /(?:需求|内需|消费).{0,4}(?:不足|不振|收缩|乏力|疲软|减慢|放缓)/u],
  ["经济下行压力", "economy", /下行压力|稳增长.{0,4}难度|平稳运行.{0,4}难度/u],
  ["外部环境不确定", "economy", /外部环境|国际环境|世界经济|全球经济|地缘政治|贸易保护|单边主义/u],
  ["发展不平衡不充分", "economy", /不平衡|(?:城乡|区域|收入).{0,6}差距/u],
  ["生态环境问题", "environment", /环境污染|生态环境|污染|节能减排|能耗/u],
  ["农业基础薄弱", "agriculture", /农业基础|农民增收|三农/u],
  ["民生短板", "livelihood", /民生.{0,6}(?:短板|欠账|难题|问题)|群众.{0,12}不满意/u],
  ["疫情冲击", "other", /疫情/u],
];

export interface ProblemConcept {
  readonly concept: string;
  readonly theme: string;
}

/** The recurring difficulty a clause states, if it is one of the known ones. */
export function problemConcept(text: string): ProblemConcept | undefined {
  const hit = PROBLEM_CONCEPTS.find(([, , pattern]) => pattern.test(text));
  return hit ? { concept: hit[0], theme: hit[1] } : undefined;
}
