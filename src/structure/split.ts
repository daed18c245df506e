import { titleIssuer } from "./metadata/issuer-region.ts";
import { parseYear } from "../text/index.ts";
import { inlineTitleAt, looseTitleAt, MAX_TITLE, TITLE_ENDING, titleAt, titleStrength, type TitleMatch } from "./title.ts";
import { charOverlap, compactTitle, lineEnd } from "./text-utils.ts";

/** One report's extent in a document, in the coordinates of the text split. */
export interface ReportSlice {
  readonly start: number;
  readonly end: number;
  /** The title as written; null when the report opens without one. */
  readonly title: TitleMatch | null;
}

// Lines document-sharing sites put under a page title: `- 格式:docx`, `- 大小:30 KB`.
const SITE_META_LINE = /^[\s\-–•·]*(?:格式|大小|文档页数|页数|字数|下载|浏览|阅读|上传|分享|收藏|评分)\s*[:：]/u;

// A later title this much like the current one repeats it (a subtitle, a closing line);
// a title that adds a year or a place to the current one is a new report.
const REPEAT_OVERLAP = 0.85;
// `…工作计划范文篇一`: a sample inside the current entry of a compilation.
const SAMPLE_MARK = /^(?:范文|模板|示例|范例|篇[一二三四五六七八九十\d])/u;
// Below these, a later title is more likely a heading without a number than a new report.
const MIN_LATER_TITLE = 8;
const MIN_LATER_STRENGTH = 2;
// Text before the first title shorter than this is page furniture, not a report.
const MIN_PREAMBLE_REPORT = 200;

function nextLineStart(text: string, from: number): number {
  const stop = lineEnd(text, from);
  return stop >= text.length ? text.length : stop + 1;
}

// Titles start lines; a plain one may also follow the previous report's last sentence.
const TITLE_POSITION = /\n|[。！？!?]/gu;

function* titlePositions(text: string): Generator<{ pos: number; inline: boolean }> {
  yield { pos: 0, inline: false };
  // Most sentences name no report: only those with a title ending close ahead are tried.
  const endings = [...text.matchAll(TITLE_ENDING)].map((m) => m.index);
  let next = 0;
  for (const m of text.matchAll(TITLE_POSITION)) {
    const pos = m.index + 1;
    if (pos >= text.length || text[pos] === "\n") continue;
    const inline = m[0] !== "\n";
    while (next < endings.length && endings[next]! < pos) next++;
    if (inline && (next >= endings.length || endings[next]! - pos > MAX_TITLE)) continue;
    yield { pos, inline };
  }
}

function isSiteHeader(text: string, title: TitleMatch): boolean {
  const next = nextLineStart(text, title.end);
  const line = text.slice(next, lineEnd(text, next));
  return text.slice(title.end, lineEnd(text, title.start)).trim() === "" && SITE_META_LINE.test(line);
}

function repeats(candidate: TitleMatch, current: TitleMatch): boolean {
  const a = compactTitle(candidate.text);
  const b = compactTitle(current.text);
  if (a.includes(b) || b.includes(a)) return true;
  // `XX乡2022年度工作总结` then `XX镇2022年度工作总结`: alike, but two issuers (or years).
  const issuers = [titleIssuer(candidate.text), titleIssuer(current.text)];
  if (issuers[0] !== null && issuers[1] !== null && issuers[0] !== issuers[1]) return false;
  const years = [parseYear(candidate.text), parseYear(current.text)];
  if (typeof years[0] === "number" && typeof years[1] === "number" && years[0] !== years[1]) return false;
  return charOverlap(a, b) >= REPEAT_OVERLAP;
}

function isContinuation(text: string, title: TitleMatch, current: TitleMatch): boolean {
  return (
    repeats(title, current) ||
    title.text.length < MIN_LATER_TITLE ||
    titleStrength(title.text) < MIN_LATER_STRENGTH ||
    SAMPLE_MARK.test(text.slice(title.end, title.end + 3))
  );
}

// A report read to a people's congress (`各位代表：`) is a whole file of its own; titles
// further down are its parts or appendices.
const CONGRESS_ADDRESS = /各位代表[：:！!，,]/u;
const CONGRESS_WINDOW = 600;

function isAddressToCongress(text: string, start: number): boolean {
  return CONGRESS_ADDRESS.test(text.slice(start, start + CONGRESS_WINDOW));
}

// Several government work reports in one file: each opens with its title and an address.
function isNextCongressReport(text: string, title: TitleMatch): boolean {
  return title.text.includes("政府工作报告") && isAddressToCongress(text, title.start);
}

// After a long untitled opening, a weak title is a part of that text, not a new report.
function isLateFirstTitle(text: string, title: TitleMatch): boolean {
  const preamble = text.slice(0, title.start);
  return meaningfulLength(preamble) >= MIN_PREAMBLE_REPORT && (titleStrength(title.text) < MIN_LATER_STRENGTH || CONGRESS_ADDRESS.test(preamble));
}

function meaningfulLength(text: string): number {
  let n = 0;
  for (const line of text.split("\n")) if (!SITE_META_LINE.test(line)) n += line.trim().length;
  return n;
}

/**
 * Splits a document into its reports. Compilations from document sites glue many
 * reports together, each title at the start of a line and often running straight into
 * its body; a single report comes back whole.
 */
export function splitReports(text: string): ReportSlice[] {
  const titles: TitleMatch[] = [];
  for (const { pos, inline } of titlePositions(text)) {
    const title = inline ? inlineTitleAt(text, pos) : titleAt(text, pos);
    if (!title || isSiteHeader(text, title)) continue;
    const current = titles[titles.length - 1];
    if (current ? isContinuation(text, title, current) : isLateFirstTitle(text, title)) continue;
    if (current && isAddressToCongress(text, current.start) && !isNextCongressReport(text, title)) continue;
    titles.push(title);
  }
  if (titles.length === 0) return [{ start: 0, end: text.length, title: looseTitleAt(text, 0) }];

  const slices: ReportSlice[] = [];
  const first = titles[0]!;
  if (meaningfulLength(text.slice(0, first.start)) >= MIN_PREAMBLE_REPORT) {
    slices.push({ start: 0, end: first.start, title: null });
  }
  titles.forEach((title, i) => {
    slices.push({ start: title.start, end: titles[i + 1]?.start ?? text.length, title });
  });
  return slices;
}
