import { describe, expect, it } from "vitest";
import { taskWords } from "../../../src/commitments/index.ts";

describe("the words of a quantified task", () => {
  const cases: Array<[string, string, string | null, number | null, string]> = [
    ["the clause naming the indicator", "主要预期目标是：城镇新增就业1200万人以上，城镇调查失业率5.5%左右。", "城镇新增就业", 1200, "城镇新增就业1200万人以上"],
    ["the clause holding the figure when the name differs", "今年要新开工改造城镇老旧小区5万个，加快建设保障性住房。", "老旧小区改造", 5, "今年要新开工改造城镇老旧小区5万个"],
    ["a full-width figure", "建设保障性住房１００万套。", null, 100, "建设保障性住房１００万套"],
    ["the whole sentence when neither is found", "新建农村公路50公里。", "高速公路", 12, "新建农村公路50公里。"],
  ];
  it.each(cases)("%s", (_case, sentence, name, value, expected) => {
    expect(taskWords(sentence, name, value)).toBe(expected);
  });
});
