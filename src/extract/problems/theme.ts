import type { Problem } from "../../domain/index.ts";

type Theme = Problem["theme"];

/**
 * Keywords per theme, most specific first: a clause about loans to firms is a finance
 * problem before it is an industry one, and a clause about farm incomes is agriculture
 * before livelihood.
 */
const THEME_KEYWORDS: ReadonlyArray<readonly [Theme, RegExp]> = [
  ["environment", /生态|环保|环境保护|环境质量|资源环境|污染|降碳|排放|减排|能耗|节能|碳|绿色|大气|水质|空气|扬尘|固废|垃圾|河湖|森林/u],
  ["agriculture", /农业|农村|农民|农田|粮食|乡村|种植|养殖|畜牧|渔业|涉农|三农|耕地/u],
  ["finance", /财政|财力|三保|债务|融资|金融|贷款|信贷|资金|收支|税收|税源|预算|银根|资本市场/u],
  ["innovation", /创新|科技|研发|技术|人才|数字|新质生产力|专利|高新|成果转化/u],
  [
    "governance",
    /形式主义|官僚主义|“?四风|腐败|廉政|干部|作风|风险|安全|防灾|减灾|协调配合|政策落地|首都功能|基层基础|懒政|怠政|政府|体制|机制|改革|落实|营商环境|上访|信访|维稳|稳定|治理|法治|监管|督查|考核|基层负担|历史遗留|突发事件/u,
  ],
  [
    "livelihood",
    /教育|医疗|卫生|养老|就业|住房|民生|群众|公共服务|收入|社保|社会保障|食品|药品|安全事故|生产安全|公共安全|贫困|脱贫|动迁|征收|人口|城区|交通拥堵/u,
  ],
  ["industry", /产业|工业|企业|制造|转型升级|动能|行业|产品结构|增产不增效|结构调整|项目|园区|载体|服务业|旅游|商贸|建筑业|房地产/u],
  ["economy", /经济|需求|内需|消费|投资|增长|下行|外贸|外资|开放|出口|进出口|总量|市场|增速|实力|预期|信心|城乡|区域|城市群|都市圈|辐射|结构性|周期性|不平衡|不充分/u],
];

/** The theme a problem clause is about, by general keywords; `other` when none fits. */
export function classifyTheme(text: string): Theme {
  for (const [theme, pattern] of THEME_KEYWORDS) if (pattern.test(text)) return theme;
  return "other";
}
