import { describe, expect, it } from "vitest";
import { pageLines, withoutPageNumber, type PlacedText } from "../../../src/read/pdf-lines.ts";

const at = (str: string, x: number, y: number, width = str.length * 10): PlacedText => ({ str, x, y, width, height: 10 });

describe("pageLines", () => {
  it("orders lines top to bottom and items left to right, whatever the content stream order", () => {
    const items = [at("第二行", 50, 680), at("标题", 50, 700), at("右半", 80, 680.4), at("", 0, 0)];
    expect(pageLines(items)).toEqual(["标题", "第二行右半"]);
  });

  it("puts a space between Latin words and across wide gaps, none between CJK characters", () => {
    const items = [at("GDP", 50, 700, 30), at("growth", 83, 700, 60), at("增长", 50, 680, 20), at("百分点", 70, 680, 30), at("表格列", 200, 680, 30)];
    expect(pageLines(items)).toEqual(["GDP growth", "增长百分点 表格列"]);
  });

  it("drops white-space-only items and empty pages", () => {
    expect(pageLines([at("  ", 50, 700)])).toEqual([]);
  });
});

describe("withoutPageNumber", () => {
  it.each(["3", "- 3 -", "— 12 —", "第3页", "第 3 页 共 20 页", "3/20", "Page 3 of 20"])("drops a running page number %j", (number) => {
    expect(withoutPageNumber(["正文第一行", "达到5", number])).toEqual(["正文第一行", "达到5"]);
    expect(withoutPageNumber([number, "正文第一行"])).toEqual(["正文第一行"]);
  });

  it("keeps numbers inside the text and a page that is only a number", () => {
    expect(withoutPageNumber(["2023年", "550亿元", "正文"])).toEqual(["2023年", "550亿元", "正文"]);
    expect(withoutPageNumber(["正文", "1.", "结尾"])).toEqual(["正文", "1.", "结尾"]);
    expect(withoutPageNumber(["7"])).toEqual(["7"]);
    expect(withoutPageNumber(["2023", "政府工作报告"])).toEqual(["2023", "政府工作报告"]);
  });
});
