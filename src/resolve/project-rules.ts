import { nationalProgramme } from "./national-programmes.ts";
import { PROJECT_ABBREVIATIONS, PROJECT_CATEGORIES, PROJECT_CLASS_WORDS, PROJECT_MODIFIERS, PROJECT_TRAILING_MODIFIERS } from "./project-vocabulary.ts";
import { applyAbbreviations, traceStep, type Traced } from "./trace.ts";

/** `data/project-class-words.tsv`, tried in order until nothing changes. */
const SUFFIXES = PROJECT_CLASS_WORDS;
/** `宿连三级航道` is `宿连航道`: a waterway's grade changes as it is upgraded, the waterway stays. */
const WATERWAY_GRADE = /[一二三四五六七]级(?=航道$)/u;
const PHASE = /(?:[一二三四五六七八九十]|\d{1,2})期$|首期$/u;
const SPAN = /(?:[一二三四五六七八九十]|\d{1,2})年$/u;
/** `燕赵系列实验室` is `燕赵实验室`: the series of a named kind of institution, named by its members. */
const SERIES = /(?<=^[\u4e00-\u9fff]{2,})系列(?=[\u4e00-\u9fff]{2,}$)/u;

// What is left when the suffix was the only specific part: `重点项目`, `民生工程`.
const MODIFIERS = new RegExp(`^(?:${PROJECT_MODIFIERS.join("|")})+`, "u");
const TRAILING_MODIFIER = new RegExp(`(?:${PROJECT_TRAILING_MODIFIERS.join("|")})$`, "u");
const CATEGORIES = PROJECT_CATEGORIES;

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
  if (SERIES.test(current.value)) current = traceStep(current, current.value.replace(SERIES, ""), "series-stripped", 0.9);
  for (;;) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  const programme = nationalProgramme(current.value);
  if (programme === undefined) return { traced: current, national: false };
  return { traced: traceStep(current, programme, `alias:${programme}`, 0.95), national: true };
}
