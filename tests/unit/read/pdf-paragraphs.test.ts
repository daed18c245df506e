import { describe, expect, it } from "vitest";
import { withoutFurniture } from "../../../src/read/pdf-furniture.ts";
import type { PdfLine } from "../../../src/read/pdf-lines.ts";
import { paragraphs } from "../../../src/read/pdf-paragraphs.ts";

/** A 10-point text block from x 50 to 450 (40 CJK characters), baselines 15 points apart. */
const SIZE = 10;
const LEFT = 50;
const FULL = "一二三四五六七八九十".repeat(4);

interface Placed {
  readonly text: string;
  /** Characters of indent; a centred line gives its own. */
  readonly indent?: number;
  /** Extra points above the line (a paragraph gap). */
  readonly gap?: number;
  /** Width in points, when not one em a character. */
  readonly width?: number;
}

function page(...entries: readonly (string | Placed)[]): PdfLine[] {
  let y = 800;
  return entries.map((entry) => {
    const { text, indent = 0, gap = 0, width } = typeof entry === "string" ? { text: entry } : entry;
    y -= 15 + gap;
    const left = LEFT + indent * SIZE;
    return { text, left, right: left + (width ?? text.length * SIZE), y, size: SIZE };
  });
}

/** The body of a page: full lines so the block's right edge is known; no two pages' alike, as in print. */
const body = (mark: string): string[] => ["甲", "乙", "丙"].map((line) => mark + line + FULL.slice(0, 37) + "。");
const filler = body("上");
const next = body("下");

const rebuilt = (...pages: readonly PdfLine[][]): string[] => paragraphs(withoutFurniture(pages));

describe("paragraphs: lines that carry on", () => {
  it("joins a wrapped indicator sentence", () => {
    const first = "全省地区生产总值增长5.5%，一般公共预算收入增长1.2%，城乡居民人均可";
    expect(rebuilt(page(...filler, { text: first, width: 400 }, "支配收入增长5.1%。"))).toEqual([filler.join("") + first + "支配收入增长5.1%。"]);
  });

  it("joins across a page number between two halves of a sentence", () => {
    const pages = [page(...filler, FULL.slice(0, 36) + "同比增长", "- 1 -"), page("- 2 -", "6.1%，高于全国平均水平。", ...next)];
    expect(rebuilt(...pages)).toEqual([filler.join("") + FULL.slice(0, 36) + "同比增长6.1%，高于全国平均水平。", next.join("")]);
  });

  it("joins a line whose next number would not have fitted in the room left", () => {
    const first = FULL.slice(0, 36) + "达到";
    expect(rebuilt(page(...filler, first, "12345.67亿元。"))).toEqual([filler.join("") + first + "12345.67亿元。"]);
  });

  it("measures the right margin without punctuation hung past it", () => {
    const hung = { text: FULL.slice(0, 39) + "，", width: 410 };
    const lines = page(...filler, hung, FULL.slice(0, 38) + "同", "比增长。");
    expect(rebuilt(lines)).toEqual([filler.join("") + hung.text + FULL.slice(0, 38) + "同比增长。"]);
  });

  it("joins a wrapped heading and keeps a space between Latin words", () => {
    const lines = page(...filler, { text: FULL.slice(0, 34) + "推进 GDP", width: 400 }, "growth 核算。");
    expect(rebuilt(lines)).toEqual([filler.join("") + FULL.slice(0, 34) + "推进 GDP growth 核算。"]);
  });
});

describe("paragraphs: lines that end a paragraph", () => {
  it("breaks before a heading after a wrapped line", () => {
    const lines = page(...filler, FULL, "（二）扎实推进乡村全面振兴");
    expect(rebuilt(lines)).toEqual([filler.join("") + FULL, "（二）扎实推进乡村全面振兴"]);
    for (const heading of ["二、主要任务", "2.加快建设", "（2）加快建设", "②加快建设", "第二部分 主要任务"]) {
      expect(rebuilt(page(...filler, FULL, heading))).toEqual([filler.join("") + FULL, heading]);
    }
  });

  it("breaks after a short line, the end of a paragraph", () => {
    expect(rebuilt(page(...filler, "完成目标任务。", "全年粮食产量稳定。"))).toEqual([filler.join("") + "完成目标任务。", "全年粮食产量稳定。"]);
    // A heading without numbers is short too.
    expect(rebuilt(page("政府工作报告", ...filler))).toEqual(["政府工作报告", filler.join("")]);
  });

  it("breaks before an indented line and across a paragraph gap", () => {
    expect(rebuilt(page(...filler, { text: "新段落首行缩进两字。", indent: 2 }))).toEqual([filler.join(""), "新段落首行缩进两字。"]);
    expect(rebuilt(page(...filler, { text: "段落之间留有空行。", gap: 12 }))).toEqual([filler.join(""), "段落之间留有空行。"]);
    // Many short paragraphs, each after a gap, do not hide the gap of the full line before them.
    const short = ["短段一。", "短段二。", "短段三。", "短段四。"].map((text) => ({ text, gap: 12 }));
    expect(rebuilt(page(...filler, ...short, FULL, { text: FULL, gap: 12 }))).toEqual([filler.join(""), "短段一。", "短段二。", "短段三。", "短段四。", FULL, FULL]);
  });

  it("keeps centred title lines apart", () => {
    const lines = page({ text: "某市人民政府", indent: 17 }, { text: "2025年政府工作报告", indent: 15 }, ...filler, ...next);
    expect(rebuilt(lines)).toEqual(["某市人民政府", "2025年政府工作报告", filler.join("") + next.join("")]);
  });

  it("still breaks at a page boundary when the next page opens a paragraph", () => {
    const pages = [page(...filler, FULL), page({ text: FULL.slice(0, 38), indent: 2 }, ...next)];
    expect(rebuilt(...pages)).toEqual([filler.join("") + FULL, FULL.slice(0, 38) + next.join("")]);
  });
});
