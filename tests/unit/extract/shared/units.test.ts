import { describe, expect, it } from "vitest";
import { normalizeAmount, splitUnit } from "../../../../src/extract/shared/index.ts";

describe("units", () => {
  it.each([
    ["亿元", 1e8, "元"],
    ["万亿元", 1e12, "元"],
    ["万平方米", 1e4, "平方米"],
    ["万千瓦", 1e4, "千瓦"],
    ["千瓦", 1, "千瓦"],
    ["千亩", 1e3, "亩"],
    ["万", 1e4, ""],
    ["%", 1, "%"],
    ["个百分点", 1, "个百分点"],
    ["家", 1, "家"],
  ])("splits %s", (unit, factor, baseUnit) => {
    expect(splitUnit(unit)).toEqual({ factor, baseUnit });
  });

  it("normalises amounts to base units", () => {
    expect(normalizeAmount(550, "亿元")).toEqual({ normalizedValue: 5.5e10, baseUnit: "元" });
    expect(normalizeAmount(1.23, "万人")).toEqual({ normalizedValue: 12300, baseUnit: "人" });
  });
});
