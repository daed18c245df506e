import { parseFractionPercent, parseNumber } from "../../text/index.ts";
import { startsFixedPhrase } from "./fixed-phrases.ts";
import { quotedMask } from "./quotes.ts";
import { BASE_UNIT_SOURCE, RATE_UNIT_SOURCE, SCALE_SOURCE, continuesWord, isBareScale, isCountUnit, isRateUnit } from "./unit-words.ts";

/** A number with its unit, found in one sentence (offsets into the sentence text). */
export interface Mention {
  /** Start of the quantity (the lower bound of a range). */
  readonly start: number;
  /** End of the unit and of any trailing 以上/左右. */
  readonly end: number;
  readonly value: number;
  readonly upper: number | null;
  readonly unit: string;
  /** `多`/`余` after the number, or a trailing 以上/左右/以内 word. */
  readonly approx: boolean;
  readonly after: string;
  readonly rate: boolean;
  readonly chinese: boolean;
}

const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CHINESE = "[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?";
const UNIT = `(?:${RATE_UNIT_SOURCE}|(?:${SCALE_SOURCE})?(?:${BASE_UNIT_SOURCE})|${SCALE_SOURCE})`;
const TAIL = "以上|以下|以内|之内|左右";

// Each pattern opens with a plain character class so the scan skips most positions
// before any look-behind runs.
const QUANTITY = new RegExp(
  String.raw`(?=[\d一二两三四五六七八九十])(?:(?<![从由\d.])(?<low>${ARABIC})(?<lowUnit>${UNIT})?\s*[-—–~～至到])?` +
    String.raw`(?:(?<![\dA-Za-z.+第届前])(?<arabic>${ARABIC})|(?<![数几第届前这那百千万亿零〇一二两三四五六七八九十])(?<chinese>${CHINESE}))` +
    `(?<approx>多|余)?(?<unit>${UNIT})(?<tail>${TAIL})?(?![+])`,
  "gu",
);

const FRACTION = new RegExp(
  String.raw`(?=[一二三四五六七八九十百])(?<![\u4e00-\u9fff]分)(?<frac>[一二三四五六七八九十百]+分之[零〇一二三四五六七八九十百千点\d.]+|一半|[一二三四五六七八九]成(?=以上|左右|多|[，,。；;、]|$))(?:[至到—－-](?:百分之)?(?<high>[零〇一二三四五六七八九十点]+)(?![\u4e00-\u9fff]*分之))?(?<tail>${TAIL})?`,
  "gu",
);

/** A rate after a growth word with its `%` left out (`同比增长11.36，`). */
const BARE_RATE = /(?:增长|增速|增幅|下降|降幅|提高|降低|减少|回落|增产)(?:为|了|达到|达)?(?<arabic>\d+(?:\.\d+)?)(?=[，,；;。、）)]|$)/gu;

/** Medal counts run on without a break (`2金2银1铜`), unlike breakdown counts. */
const MEDALS: ReadonlySet<string> = new Set(["金", "银", "铜"]);

const HAS_NUMERAL = /[\d一二两三四五六七八九十半]/;

/** Scales are written before counts only as numbers (`1.8万户`); `百千万工程` is a name. */
function acceptable(value: number, unit: string, chinese: boolean): boolean {
  if (!Number.isFinite(value)) return false;
  if (!chinese) return true;
  // `一个`, `一批`, `一项` are articles more often than counts; `五金` is hardware.
  return value !== 1 && !isBareScale(unit) && !MEDALS.has(unit);
}

/** Every quantity with a unit in the sentence, left to right, not overlapping. */
export function findMentions(text: string): Mention[] {
  if (!HAS_NUMERAL.test(text)) return [];
  const quoted = quotedMask(text);
  const found: Mention[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const numberText = g["arabic"] ?? g["chinese"]!;
    const numberStart = m.index + m[0].indexOf(numberText, g["low"] ? g["low"].length : 0);
    if (quoted[numberStart]) continue;
    const chinese = g["arabic"] === undefined;
    const value = parseNumber(numberText);
    const unit = g["unit"]!;
    if (value === null || !acceptable(value, unit, chinese)) continue;
    const after = m.index + m[0].length;
    if (startsFixedPhrase(text.slice(numberStart), after - numberStart)) continue;
    // `10亿元以上项目`: a size class of projects or firms, not an amount.
    if (g["tail"] === "以上" && /元$/.test(unit) && /^的?[\u4e00-\u9fff]/.test(text.slice(after, after + 2))) continue;
    if (!g["tail"] && continuesWord(unit, text[after])) continue;
    // An age is a measure only when the clause ends with it (`人均预期寿命79岁`),
    // not when it bounds a group (`60岁以上老年人`, `0岁~6岁儿童`).
    if (unit === "岁" && (g["tail"] || !/^(?:$|[，,。；;、）)])/.test(text.slice(after, after + 1)))) continue;
    // `6类75项`, `10批31个`: a breakdown count in front of the count that matters.
    if (isCountUnit(unit) && !MEDALS.has(unit) && /\d/.test(text[after] ?? "")) continue;
    const low = g["low"] !== undefined ? parseNumber(g["low"]) : null;
    const tail = g["tail"] ?? "";
    found.push({
      start: low !== null ? m.index : numberStart,
      end: m.index + m[0].length,
      value: low ?? value,
      upper: low !== null ? value : null,
      unit,
      approx: g["approx"] !== undefined,
      after: tail + text.slice(m.index + m[0].length, m.index + m[0].length + 2),
      rate: isRateUnit(unit),
      chinese,
    });
  }
  for (const m of text.matchAll(FRACTION)) {
    if (quoted[m.index]) continue;
    const value = parseFractionPercent(m.groups!["frac"]!);
    if (value === null) continue;
    const tail = m.groups!["tail"] ?? "";
    const end = m.index + m[0].length;
    // `百分之八至九`: a range of shares, its upper end written without 百分之.
    const high = m.groups!["high"] !== undefined && m.groups!["frac"]!.startsWith("百分之") ? parseNumber(m.groups!["high"]) : null;
    const upper = high !== null && high > value ? high : null;
    found.push({ start: m.index, end, value, upper, unit: "%", approx: false, after: tail + text.slice(end, end + 2), rate: true, chinese: true });
  }
  for (const m of text.matchAll(BARE_RATE)) {
    const digits = m.groups!["arabic"]!;
    const end = m.index + m[0].length;
    const start = end - digits.length;
    if (quoted[start]) continue;
    found.push({ start, end, value: Number(digits), upper: null, unit: "%", approx: false, after: text.slice(end, end + 2), rate: true, chinese: false });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return fixSharedPercentPoints(text, kept);
}

/** `分别高0.5个、1.4个百分点`: the first 个 is short for 个百分点. */
function fixSharedPercentPoints(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    if (m.unit !== "个" || !next || next.unit !== "个百分点") return m;
    if (text.slice(m.end, next.start) !== "、") return m;
    return { ...m, unit: "个百分点", rate: true };
  });
}
