import { YEAR_NUMBER } from "../text/index.ts";

/** How a heading is numbered; the order is the usual nesting of Chinese outlines. */
export const MARKER_KINDS = [
  "part",
  "line",
  "chinese",
  "chinese-paren",
  "arabic",
  "arabic-paren",
  "circled",
  "ordinal",
  "sequence",
  "lead-in",
] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export const MARKER_RANK: Readonly<Record<MarkerKind, number>> = Object.fromEntries(
  MARKER_KINDS.map((kind, i) => [kind, i]),
) as Record<MarkerKind, number>;

const CN = "[一二三四五六七八九十]{1,3}";

/** Numbering patterns, tried in order at a possible heading start. */
export const MARKER_PATTERNS: readonly (readonly [Exclude<MarkerKind, "lead-in" | "line">, RegExp])[] = [
  ["part", new RegExp(`^第${CN}(?:部分|章|篇|节)[、.:：\\s]?`, "u")],
  ["chinese", new RegExp(`^${CN}\\s?[、.]`, "u")],
  ["chinese-paren", new RegExp(`^[(（]${CN}[)）][、.]?`, "u")],
  ["arabic-paren", /^[(（]\d{1,2}[)）][、.]?/u],
  ["arabic", /^\d{1,2}\s?[.、](?![\d.%])/u],
  ["circled", /^[①-⑳]/u],
  ["ordinal", new RegExp(`^${CN}是(?![的否])`, "u")],
  ["sequence", new RegExp(`^(?:首先|其次|再次|最后|其${CN}|第${CN})[，,]`, "u")],
];

/** Where a heading that runs into its body ends: the next marker, a bullet, a body opening. */
export const RUN_ON_CUE = new RegExp(
  [
    `^${CN}[、.](?!\\d)`,
    `^[(（](?:${CN}|\\d{1,2})[)）]`,
    "^\\d{1,2}[.、](?![\\d.%])",
    "^[①-⑳•·●▪■◆]",
    "^\\s?[-–]\\s",
    "^(?:上半年|下半年|今年|去年|全年)(?:以来)?[，,的]",
    "^(?:今年以来|一年来|过去一年|近年来|目前|截至|截止|我们|我[局办区县委街]|为确保|为了|为进一步|通过|按照|根据|围绕|以下|前言)",
    `^${YEAR_NUMBER}年(?:是|以来|[，,]|[上下]半年[，,])`,
    `^在(?:${YEAR_NUMBER}|上半年|下半年|过去|今年|新的|一年)`,
  ].join("|"),
  "u",
);

/** Characters a marker can start with: a cheap test before the patterns are tried. */
export const MARKER_FIRST = new Set([..."一二三四五六七八九十（(0123456789第首其再最", ..."①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"]);

/** Characters a run-on cue can start with. */
export const RUN_ON_FIRST = new Set([
  ..."一二三四五六七八九十（(0123456789•·●▪■◆-– ",
  ..."①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳",
  // Years open run-on cues too: 2023年, 二〇二三年, XX年, ＊＊年 (the marks of src/text).
  ..."上下今去全过近目截我为通按根围以前在Xx×*＊",
]);
