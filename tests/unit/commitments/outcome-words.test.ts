import { describe, expect, it } from "vitest";
import { OUTCOME_WORDS } from "../../../src/commitments/index.ts";

// The statement matches notePattern with Cypher's =~ (the whole text, Java's regex);
// JavaScript reads these patterns alike.
const isNote = (text: string): boolean => new RegExp(`^${OUTCOME_WORDS.notePattern}$`, "u").test(text);

describe("the words by which a later report is read", () => {
  it("cuts the longest class word first", () => {
    const suffixes = OUTCOME_WORDS.classSuffixes;
    expect(suffixes.indexOf("专项行动")).toBeLessThan(suffixes.indexOf("行动"));
    expect(suffixes.indexOf("示范基地")).toBeLessThan(suffixes.indexOf("基地"));
  });

  it("counts finishing verbs as done, and no verb of a promise", () => {
    expect(OUTCOME_WORDS.doneWords).toEqual(expect.arrayContaining(["建成", "投运", "投入运行", "投入使用", "竣工", "通车", "交付", "开诊", "通水"]));
    for (const promise of ["开工", "推进", "加快", "启动", "完成", "建设"]) expect(OUTCOME_WORDS.doneWords).not.toContain(promise);
  });

  it.each([
    ["19.“川行天下”活动：四川重点打造的推动企业“走出去”拓展国际市场品牌活动。", true],
    ["1.“茶旅融合”行动", true],
    ["42.“白名单”：城市房地产融资协调机制根据房地产项目开发建设情况提出名单。", true],
    ["：四川开展的标志性商圈提质行动，力争用5年时间打造标志性商圈100个。", true],
    ["加快建设松溪县全民健身中心。", false],
    ["1.抓好重大项目建设，开工建设青岚大桥。", false],
    ["2025年，全面推进“互联网+”行动。", false],
  ])("reads %s as a glossary entry: %s", (text, note) => {
    expect(isNote(text)).toBe(note);
  });
});
