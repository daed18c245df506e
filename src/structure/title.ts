import { isSpace, lineEnd } from "./text-utils.ts";
import { YEAR_NUMBER } from "../text/index.ts";

const YEAR_WORDS = new RegExp(`${YEAR_NUMBER}年`, "gu");

/** A report title found at the start of a line, in the coordinates of the text searched. */
export interface TitleMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Words a report title ends with. Longer forms come first so that `年终总结报告`
// is read as one ending rather than `年终总结` followed by more title.
export const TITLE_ENDING =
  /(?:政府工作报告|工作报告|工作总结|工作小结|工作计划|工作安排|工作打算|工作要点|工作思路|工作汇报|汇报报告|述职报告|总结报告|情况报告|情况汇报|年度总结|年终总结|半年总结|年度计划|下半年计划|完成情况|执行情况|进展情况|运行情况|的报告)/gu;

// What may follow one ending inside a longer title: `…工作总结暨下半年工作安排`.
const CONTINUATION = /^(?:暨|及|和|与|以及|并|、|报告|汇报|的)/u;

// A parenthesis after the title that belongs to it (`(汇报报告)`, `(草案)`), unlike the
// counters document sites add (`(通用18篇)`).
const TITLE_PARENTHESIS = /^[(（]([^()（）\d篇]{1,10})[)）]/u;

// Sentence openings that name a report without being its title: `以下是…工作总结`.
const SENTENCE_OPENING = /^(?:以下|现将|今天|我们|我(?![国省市区县])|根据|按照|为了|通过|下面|本文|希望|[-—–]|\d{4}年\d{1,2}月)/u;

// Datelines and bylines under a title (`…在…人民代表大会…会议上…省长…作政府工作报告`).
const BYLINE = /代表大会|会议上|[省市区县]长|主席|总理|作政府工作报告/u;

// A heading marker at line start means a section heading, not a title.
const HEADING_OPENING = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]|[①-⑳]|第[一二三四五六七八九十]+[部章节篇])/u;

const SENTENCE_PUNCTUATION = /[。，,；;：:！？!?]/u;

// `篇一：`, `【篇2】`, `第三篇`: the counter a compilation puts before each sample's title.
const SAMPLE_PREFIX = /^(?:【?篇[一二三四五六七八九十\d]{1,3}】?|第[一二三四五六七八九十\d]{1,3}篇)[：:、.\s]*/u;

// `2023年上半年工作总结如下`: a sentence that goes on after naming a report.
const SENTENCE_GOES_ON = /^(?:如下|是|的|已|将|中|里|时|期间|以来|指出|要求|提出|分为|包括|主要|中的)/u;
export const MAX_TITLE = 60;
const MIN_TITLE = 4;

function absorbParenthesis(text: string, at: number): number {
  const m = TITLE_PARENTHESIS.exec(text.slice(at, at + 14));
  return m ? at + m[0].length : at;
}

/**
 * The report title that opens the line starting at `start`, if there is one. Titles
 * often run straight into their body (`…工作安排一、上半年工作总结…`), so the title
 * ends at the last title ending that is not continued by `暨`, `及`, `和`…
 */
export function titleAt(text: string, start: number, end: number = text.length): TitleMatch | null {
  while (start < end && isSpace(text[start])) start++;
  const sample = SAMPLE_PREFIX.exec(text.slice(start, start + 12));
  if (sample) start += sample[0].length;
  const stop = lineEnd(text, start, end);
  const head = text.slice(start, Math.min(stop, start + MAX_TITLE + 12));
  if (SENTENCE_OPENING.test(head) || HEADING_OPENING.test(head)) return null;
  const punct = SENTENCE_PUNCTUATION.exec(head);
  const scope = punct ? head.slice(0, punct.index) : head;
  const endings = [...scope.matchAll(TITLE_ENDING)].map((m) => m.index + m[0].length);
  if (endings.length === 0) return null;

  const trimmed = scope.trimEnd();
  const wholeLine = !punct && head.length === stop - start && trimmed.length <= MAX_TITLE;
  let titleEnd = -1;
  if (wholeLine && absorbParenthesis(trimmed, endings[endings.length - 1]!) === trimmed.length) {
    titleEnd = trimmed.length;
  } else {
    for (const ending of endings) {
      const after = absorbParenthesis(scope, ending);
      titleEnd = after;
      if (!CONTINUATION.test(scope.slice(after, after + 3))) break;
    }
  }
  if (titleEnd < MIN_TITLE || titleEnd > MAX_TITLE) return null;
  // A title directly followed by a sentence stop is a sentence about a report.
  const next = head[titleEnd];
  if (next !== undefined && /[。，,；;！？]/u.test(next)) return null;
  if (SENTENCE_GOES_ON.test(head.slice(titleEnd, titleEnd + 4))) return null;
  const title = head.slice(0, titleEnd);
  if (BYLINE.test(title)) return null;
  return { start, end: start + titleEnd, text: title };
}

const PERIOD_WORD = /上半年|下半年|半年|年度|年终|全年|季度/u;
const ISSUER_MARK = /政府|[区县市省镇乡]|街道|办|局|委|部门|开发区|中心|园区|公司|单位/u;
const GENRE_ENDING = /(?:报告|总结|汇报)[)）]?$/u;
const COMPOUND = /(?:总结|回顾|情况).*(?:计划|安排|打算|思路|要点)/u;

/**
 * How much a title looks like a whole report's rather than a section's: an issuer, a
 * period, a review-and-plan pair, a report genre. `2025年工作安排` scores 0.
 */
export function titleStrength(title: string): number {
  const firstEnding = title.search(TITLE_ENDING);
  const prefix = (firstEnding < 0 ? title : title.slice(0, firstEnding))
    .replace(YEAR_WORDS, "")
    .replace(PERIOD_WORD, "");
  return (
    Number(ISSUER_MARK.test(prefix)) +
    Number(PERIOD_WORD.test(title)) +
    Number(COMPOUND.test(title)) +
    Number(GENRE_ENDING.test(title))
  );
}

const REPORT_WORD = /报告|总结|小结|计划|安排|打算|要点|思路|情况|方案|分析|汇报/u;
const MAX_LOOSE_TITLE = 40;

/**
 * A whole first line that reads as a title though it ends in none of the usual words
 * (`2024年上半年经济运行情况分析`): used only when a document has no other title.
 */
export function looseTitleAt(text: string, start: number): TitleMatch | null {
  while (start < text.length && (isSpace(text[start]) || text[start] === "\n")) start++;
  const line = text.slice(start, lineEnd(text, start)).trimEnd();
  if (line.length < MIN_TITLE || line.length > MAX_LOOSE_TITLE) return null;
  if (SENTENCE_PUNCTUATION.test(line) || SENTENCE_OPENING.test(line) || HEADING_OPENING.test(line) || BYLINE.test(line)) return null;
  return REPORT_WORD.test(line) ? { start, end: start + line.length, text: line } : null;
}

// How a report's body opens right after its title.
const BODY_OPENING = new RegExp(
  `^(?:[一二三四五六七八九十]、|[(（]一[)）]|1[.、]|今年以来|今年上半年|上半年[，,]|下半年[，,]|一年来|各位代表|尊敬的|前言|${YEAR_NUMBER}年[，,上下以是]|在[^。，]{0,12}(?:领导|指导)下)`,
  "u",
);
const MIN_INLINE_STRENGTH = 3;

/**
 * A title that starts mid-line, right after the previous report's last sentence
 * (`…圆满完成。XX镇2023年上半年工作总结一、…`): accepted only when it is plainly a whole
 * report's title and its body visibly begins after it.
 */
export function inlineTitleAt(text: string, start: number): TitleMatch | null {
  const title = titleAt(text, start);
  if (!title || titleStrength(title.text) < MIN_INLINE_STRENGTH) return null;
  return BODY_OPENING.test(text.slice(title.end, title.end + 16)) ? title : null;
}
