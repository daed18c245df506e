import { describe, expect, it } from "vitest";
import { withoutFurniture } from "../../../src/read/pdf-furniture.ts";
import type { PdfLine } from "../../../src/read/pdf-lines.ts";

/** Lines from the top of a page down, 15 points apart, in 10-point type unless given. */
const page = (...texts: readonly (string | [string, number, number])[]): PdfLine[] =>
  texts.map((entry, i) => {
    const [text, size, y] = typeof entry === "string" ? [entry, 10, 700 - 15 * i] : entry;
    return { text, left: 50, right: 50 + text.length * size, y, size };
  });

const texts = (pages: readonly (readonly PdfLine[])[]): string[][] => withoutFurniture(pages).map((lines) => lines.map((line) => line.text));

describe("withoutFurniture", () => {
  it.each(["3", "- 3 -", "— 12 —", "第3页", "第 3 页 共 20 页", "3/20", "Page 3 of 20"])("drops a running page number %j", (number) => {
    expect(texts([page("正文第一行", "达到5", number)])).toEqual([["正文第一行", "达到5"]]);
    expect(texts([page(number, "正文第一行")])).toEqual([["正文第一行"]]);
  });

  it("keeps numbers inside the text and a page that is only a number", () => {
    expect(texts([page("2023年", "550亿元", "正文")])).toEqual([["2023年", "550亿元", "正文"]]);
    expect(texts([page("正文", "1.", "结尾")])).toEqual([["正文", "1.", "结尾"]]);
    expect(texts([page("7")])).toEqual([["7"]]);
    expect(texts([page("2023", "政府工作报告")])).toEqual([["2023", "政府工作报告"]]);
  });

  it("drops a running title repeated at the top of most pages, whatever its numbers", () => {
    const pages = [page("某市2024年政府工作报告", "正文一"), page("某市2024年政府工作报告", "正文二"), page("正文三", "正文四")];
    expect(texts(pages)).toEqual([["正文一"], ["正文二"], ["正文三", "正文四"]]);
    expect(texts([page("第1页 共2页", "正文一", "正文二"), page("第2页 共2页", "正文三", "正文四")])).toEqual([["正文一", "正文二"], ["正文三", "正文四"]]);
  });

  it("drops the small print a browser sets apart at the edges of a single page, and stacked furniture", () => {
    const body = ["全年地区生产总值增长百分之五点五，一般公共预算收入增长", "百分之一点二，城乡居民人均可支配收入稳步增长。"];
    const lines = page(["12/7/25, 2:46 PM 标题", 8, 770], [body[0]!, 12, 740], [body[1]!, 12, 726], ["file:///tmp/report.html 1/1", 8, 17]);
    expect(texts([lines])).toEqual([body]);
    const stacked = page(["机密", 8, 790], ["12", 8, 778], ["正文", 12, 740], ["正文二", 12, 726]);
    expect(texts([stacked])).toEqual([["正文", "正文二"]]);
  });

  it("keeps small print that sits close to the body (a note under a table)", () => {
    const lines = page(["正文第一行", 12, 740], ["正文第二行", 12, 726], ["注：数据为初步统计", 8, 714]);
    expect(texts([lines])).toEqual([["正文第一行", "正文第二行", "注：数据为初步统计"]]);
  });
});
