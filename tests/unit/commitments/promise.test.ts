import { describe, expect, it } from "vitest";
import { promisedAction, statedDeadline } from "../../../src/commitments/index.ts";

describe("the promised action", () => {
  it.each([
    ["开工建设青岚大桥。", "青岚大桥", "开工建设"],
    ["确保青岚体育中心建成投用。", "青岚体育中心", "建成投用"],
    ["加快推进城东污水处理厂建设。", "城东污水处理厂", "推进"],
    ["启动城东污水处理厂项目建设，由县住房城乡建设局负责。", "城东污水处理厂项目", "启动"],
    ["青岚水库年内建成投运。", "青岚水库", "建成投运"],
    ["各级政府要大力支持国防和军队建设，深入开展“双拥”活动。", "双拥活动", "开展"],
  ])("%s → %s", (sentence, name, action) => {
    expect(promisedAction(sentence, name)).toBe(action);
  });

  it("is null when the sentence names no action", () => {
    expect(promisedAction("青岚大桥是重点。", "青岚大桥")).toBeNull();
  });
});

describe("the stated deadline", () => {
  it.each([
    ["开工建设青岚水库工程，年内完成投资3亿元。", "年内"],
    ["2025年底前完成一期主体工程。", "2025年底前"],
    ["到2027年基本建成。", "到2027年"],
    ["三年内全面完成改造。", "三年内"],
    ["“十五五”期间建成投运。", "“十五五”期间"],
  ])("%s → %s", (sentence, deadline) => {
    expect(statedDeadline(sentence)).toBe(deadline);
  });

  it.each([["推进青岚科技产业园建设。"], ["2024年完成投资3亿元。"]])("none in %s", (sentence) => {
    expect(statedDeadline(sentence)).toBeNull();
  });
});
