import { nationalProgramme } from "./national-programmes.ts";
import { applyAbbreviations, traceStep, type Traced } from "./trace.ts";

/** Long forms and the short forms reports use interchangeably (`京沪高速铁路` = `京沪高铁`). */
const PROJECT_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["高速铁路", "高铁"],
  ["高速公路", "高速"],
  ["城际铁路", "城际"],
  ["经济技术开发区", "经开区"],
  ["高新技术产业开发区", "高新区"],
  ["高新技术开发区", "高新区"],
  ["自由贸易试验区", "自贸试验区"],
  ["综合保税区", "综保区"],
  ["长江三角洲", "长三角"],
  ["产业园区", "产业园"],
  ["工业园区", "工业园"],
  ["软件园区", "软件园"],
];

// Trailing words that say what sort of thing a name is, not which one.
// A programme is one programme whether a report calls it `X行动`, `X行动计划`, `X三年行动`
// or plain `X`: the class word and the campaign's span come off too.
// So are a struggle's and a drive's words (`扫黑除恶斗争` is `扫黑除恶`).
const SUFFIXES = ["水利枢纽工程", "建设工程", "建设项目", "枢纽工程", "水利枢纽", "行动计划", "专项行动", "攻坚行动", "专项斗争", "生态保护", "工程", "项目", "建设", "行动", "斗争"];
/** `宿连三级航道` is `宿连航道`: a waterway's grade changes as it is upgraded, the waterway stays. */
const WATERWAY_GRADE = /[一二三四五六七]级(?=航道$)/u;
const PHASE = /(?:[一二三四五六七八九十]|\d{1,2})期$|首期$/u;
const SPAN = /(?:[一二三四五六七八九十]|\d{1,2})年$/u;

// What is left when the suffix was the only specific part: `重点项目`, `民生工程`.
const MODIFIERS = /^(?:重点|重大|一批|各类|各项|新建|续建|在建|新开工|省级|市级|区级|县级|国家级|本级|标志性|骨干|大型|中小型)+/u;
const TRAILING_MODIFIER = /(?:重点|重大|一批|各类|各项|新建|续建|在建|骨干|大型|中小型)$/u;
const CATEGORIES = new Set([
  "", "水利", "交通", "能源", "民生", "民心", "惠民", "基础设施", "产业", "工业", "农业", "市政", "城建",
  "社会事业", "生态", "环保", "公益", "示范", "试点", "改造", "提升", "配套", "招商", "投资", "政府投资",
  "基建", "城市更新", "重点", "重大", "技改", "技术改造", "基础", "水源", "电力", "通信", "住房", "保障性住房",
]);

/** True when `rest` still names one thing after a suffix is taken off. */
function isStillAName(rest: string): boolean {
  if (rest.length < 2 || /^[\d.]+$/u.test(rest) || /[的和及与等、]$/u.test(rest)) return false;
  // `滨海新区重点项目` is the district's key projects, not the district.
  if ([...CATEGORIES].some((word) => word.length > 0 && rest.endsWith(word)) || TRAILING_MODIFIER.test(rest)) return false;
  return !CATEGORIES.has(rest.replace(MODIFIERS, ""));
}

function stripOnce(traced: Traced): Traced {
  for (const suffix of SUFFIXES) {
    if (!traced.value.endsWith(suffix)) continue;
    const rest = traced.value.slice(0, -suffix.length);
    if (isStillAName(rest)) return traceStep(traced, rest, "suffix-stripped", 0.9);
  }
  const grade = WATERWAY_GRADE.exec(traced.value);
  if (grade) {
    const rest = traced.value.slice(0, grade.index) + traced.value.slice(grade.index + grade[0].length);
    if (isStillAName(rest.slice(0, -2))) return traceStep(traced, rest, "grade-stripped", 0.85);
  }
  const phase = PHASE.exec(traced.value);
  if (phase) {
    const rest = traced.value.slice(0, phase.index);
    if (isStillAName(rest)) return traceStep(traced, rest, "phase-stripped", 0.85);
  }
  const span = SPAN.exec(traced.value);
  if (span && traced.rules.length > 0) {
    const rest = traced.value.slice(0, span.index);
    if (isStillAName(rest) && rest.length >= 4) return traceStep(traced, rest, "span-stripped", 0.85);
  }
  return traced;
}

/**
 * True for names that only say what sort of project (`重点项目`, `民生工程`, `通信`):
 * they name no one project, so they never become a node.
 */
export function isGenericProject(name: string): boolean {
  let rest = name;
  for (const suffix of SUFFIXES) if (rest.endsWith(suffix)) rest = rest.slice(0, -suffix.length);
  return CATEGORIES.has(rest.replace(MODIFIERS, ""));
}

/**
 * Canonical core of a project name and whether it is a national programme. Suffixes and
 * phases come off until nothing changes (`长江三峡水利枢纽二期工程` → `长江三峡` → `三峡`).
 */
export function canonicalProject(traced: Traced): { traced: Traced; national: boolean } {
  let current = applyAbbreviations(traced, PROJECT_ABBREVIATIONS, 0.95);
  for (;;) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  const programme = nationalProgramme(current.value);
  if (programme === undefined) return { traced: current, national: false };
  return { traced: traceStep(current, programme, `alias:${programme}`, 0.95), national: true };
}
