import { describe, expect, it } from "vitest";
import { containsPlaceholder, findBlankAmounts, isPlaceholder } from "../../../src/text/index.ts";

describe("containsPlaceholder", () => {
  it.each(["XX亿元", "增长xx%", "XXX项目", "XXXX年", "**区", "××镇", "20xx年", "202X年", "某某街道"])(
    "flags %s",
    (text) => {
      expect(containsPlaceholder(text)).toBe(true);
    },
  );

  it.each(["1+X", "2023年", "550亿元", "Xbox", "GDP增长5.2%", "X射线"])("passes %s", (text) => {
    expect(containsPlaceholder(text)).toBe(false);
  });
});

describe("isPlaceholder", () => {
  it("treats empty and marked fields as placeholders", () => {
    expect(isPlaceholder("  ")).toBe(true);
    expect(isPlaceholder("XX年")).toBe(true);
    expect(isPlaceholder("高新区")).toBe(false);
  });
});

describe("findBlankAmounts", () => {
  it("finds units whose number was left blank", () => {
    const found = findBlankAmounts("完成公共财政预算收入亿元，增长%。").map((x) => x.text);
    expect(found).toEqual(["亿元", "%"]);
  });

  it.each(["新开工亿元以上项目", "超亿元企业达到12家", "收入550亿元，增长8%", "数亿元资金"])("ignores %s", (text) => {
    expect(findBlankAmounts(text)).toEqual([]);
  });
});
