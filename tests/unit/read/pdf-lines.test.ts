import { describe, expect, it } from "vitest";
import { pageLines, type PlacedText } from "../../../src/read/pdf-lines.ts";

const at = (str: string, x: number, y: number, width = str.length * 10): PlacedText => ({ str, x, y, width, height: 10 });

const texts = (items: readonly PlacedText[]): string[] => pageLines(items).map((line) => line.text);

describe("pageLines", () => {
  it("orders lines top to bottom and items left to right, whatever the content stream order", () => {
    const items = [at("第二行", 50, 680), at("标题", 50, 700), at("右半", 80, 680.4), at("", 0, 0)];
    expect(texts(items)).toEqual(["标题", "第二行右半"]);
  });

  it("puts a space between Latin words and across wide gaps, none between CJK characters", () => {
    const items = [at("GDP", 50, 700, 30), at("growth", 83, 700, 60), at("增长", 50, 680, 20), at("百分点", 70, 680, 30), at("表格列", 200, 680, 30)];
    expect(texts(items)).toEqual(["GDP growth", "增长百分点 表格列"]);
  });

  it("sets no space for the thin gap a word processor leaves between a CJK character and a number", () => {
    expect(texts([at("2023", 50, 700, 24), at("年增长", 76, 700, 30), at("5.5%", 108, 700, 24)])).toEqual(["2023年增长5.5%"]);
  });

  it("keeps the space after a bullet hyphen and writes a two-em dash glyph as two em dashes", () => {
    expect(texts([at("-", 50, 700, 4), at("格式", 56.7, 700, 20)])).toEqual(["- 格式"]);
    expect(texts([at("\u2e3a经济运行", 50, 700, 60)])).toEqual(["——经济运行"]);
  });

  it("gives the ideograph a font's shared glyph was drawn for", () => {
    expect(texts([at("橡\u3b35产业，\u3b35州市", 50, 700, 80)])).toEqual(["橡胶产业，胶州市"]);
  });

  it("keeps each line's extent, baseline and size", () => {
    expect(pageLines([at("右半", 80, 680), at("第二行", 50, 680.4)])).toEqual([{ text: "第二行右半", left: 50, right: 100, y: 680.4, size: 10 }]);
  });

  it("drops white-space-only items and empty pages", () => {
    expect(pageLines([at("  ", 50, 700)])).toEqual([]);
  });
});
