import { describe, expect, it } from "vitest";
import { parseChineseCount, parseChineseNumber, parseFractionPercent, parseNumber } from "../../../src/text/index.ts";

describe("parseNumber", () => {
  it.each([
    ["1,234.5", 1234.5],
    ["12.3", 12.3],
    ["1.2万", 12000],
    ["一千二百", 1200],
    ["十五", 15],
    ["两万三千", 23000],
    ["一百零五", 105],
    ["三亿五千万", 350_000_000],
    ["三点五", 3.5],
    ["二〇二三", 2023],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(["", "亿元", "一是", "abc"])("rejects %j", (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it("leaves non-numeral characters to the caller", () => {
    expect(parseChineseNumber("三个")).toBeNull();
  });
});

describe("parseChineseCount", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十四", 14],
    ["二十", 20],
    ["九十九", 99],
  ])("reads %s as %i", (word, count) => {
    expect(parseChineseCount(word)).toBe(count);
  });

  it.each(["", "零", "两", "一百", "二三", "十十", "3"])("reads no small count in %j", (word) => {
    expect(parseChineseCount(word)).toBeNull();
  });
});

describe("parseFractionPercent", () => {
  it.each([
    ["三分之一", 33.3],
    ["三分之二", 66.7],
    ["百分之五", 5],
    ["一半", 50],
    ["五成", 50],
  ])("reads %s as %d %%", (text, value) => {
    expect(parseFractionPercent(text)).toBe(value);
  });

  it("rejects words that are no share", () => {
    expect(parseFractionPercent("完成")).toBeNull();
  });
});
