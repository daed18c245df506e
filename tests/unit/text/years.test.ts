import { describe, expect, it } from "vitest";
import { findYears, parseYear } from "../../../src/text/index.ts";

describe("parseYear", () => {
  it.each([
    ["2023年上半年工作总结", 2023],
    ["２０２３年工作计划", 2023],
    ["二〇二三年政府工作报告", 2023],
    ["二零一九年工作回顾", 2019],
    ["一九五八年度国民经济计划", 1958],
    ["一九九○年的国内工作", 1990],
    ["二○二四年工作安排", 2024],
    ["2023 年工作要点", 2023],
    ["关于2019年国民经济计划执行情况", 2019],
  ])("reads %s as %i", (text, year) => {
    expect(parseYear(text)).toBe(year);
  });

  it.each(["XX年工作总结", "20xx年上半年工作总结", "**年是姑苏区政府成立后的起步之年", "XXXX年上半年", "20XX年工作计划", "××年度总结", "202X年重点任务", "＊＊年工作总结"])(
    "gives null for the placeholder year in %s",
    (text) => {
      expect(parseYear(text)).toBeNull();
    },
  );

  it.each(["上半年工作总结及下半年工作计划", "五年来", "12345年", "1500字", "第3年", "0800年"])("finds no year in %s", (text) => {
    expect(parseYear(text)).toBeUndefined();
  });

  it("finds every year with its offsets, placeholders included", () => {
    const text = "XX年回顾，2024年计划，一九九八年";
    const years = findYears(text);
    expect(years.map((y) => y.year)).toEqual([null, 2024, 1998]);
    for (const y of years) expect(text.slice(y.start, y.end).endsWith("年")).toBe(true);
  });
});
