import { describe, expect, it } from "vitest";
import { roleOfHeading, structureDocument } from "../../../src/structure/index.ts";
import { txtDocument } from "./shared-corpus.ts";

describe("roleOfHeading", () => {
  it.each([
    ["2018年工作回顾", "review"],
    ["上半年工作总结", "review"],
    ["XXXX年上半年工作完成情况", "review"],
    ["重点工作成果", "review"],
    ["上半年主要工作", "review"],
    ["问题与不足", "problems"],
    ["存在问题与反思", "problems"],
    ["困难和挑战", "problems"],
    ["下半年工作安排", "plan"],
    ["2025年工作打算", "plan"],
    ["重点工作部署", "plan"],
    ["2019年政府工作任务", "plan"],
    ["工作思路", "plan"],
    ["2025年经济社会发展主要目标", "targets"],
    ["预期目标", "targets"],
    ["工作措施", "measures"],
    ["保障措施", "measures"],
  ] as const)("gives %s the role %s", (heading, role) => {
    expect(roleOfHeading(heading)).toBe(role);
  });

  it.each(["经济发展", "加强群众工作", "城市建设"])("gives %s no role of its own", (heading) => {
    expect(roleOfHeading(heading)).toBeNull();
  });
});

describe("section roles in a report", () => {
  const text = [
    "某县2024年上半年工作总结及下半年工作计划",
    "一、上半年工作总结",
    "1.经济发展",
    "上半年，全县地区生产总值增长5%。",
    "2.存在问题",
    "产业结构仍需调整优化。",
    "二、下半年工作计划",
    "1.经济发展",
    "下半年，我们将加快项目建设。",
  ].join("\n");
  const [report] = structureDocument(txtDocument("roles.txt", text));

  it("lets a child inherit its parent's role unless its own heading names one", () => {
    expect(report!.sections.map((s) => `${s.level}:${s.heading}:${s.role}`)).toEqual([
      "1:上半年工作总结:review",
      "2:经济发展:review",
      "2:存在问题:problems",
      "1:下半年工作计划:plan",
      "2:经济发展:plan",
    ]);
  });

  it("gives each sentence its innermost section and that section's role", () => {
    const roleOf = (needle: string) => report!.sentences.find((s) => s.text.includes(needle))?.role;
    expect(roleOf("地区生产总值")).toBe("review");
    expect(roleOf("产业结构")).toBe("problems");
    expect(roleOf("加快项目建设")).toBe("plan");
  });

  it("gives top-level sections without a role of their own the role of a review-only or plan-only report", () => {
    const review = structureDocument(txtDocument("r.txt", "县政府办公室2024年工作总结\n一、紧扣中心\n1、严谨细致，提高办文水平。\n二、存在问题\n人手不足。"))[0]!;
    expect(review.sections.map((s) => s.role)).toEqual(["review", "review", "problems"]);
    const mixed = structureDocument(txtDocument("m.txt", "某区上半年工作总结及下半年工作计划\n一、紧扣中心\n内容。"))[0]!;
    expect(mixed.sections.map((s) => s.role)).toEqual(["other"]);
  });

  it("keeps a long task heading in its parent's role even when it names a risk or a problem", () => {
    const text = "二、2024年政府工作任务\n（一）更好统筹发展和安全，有效防范化解重点领域风险\n（二）切实保障和改善民生，着力解决群众急难愁盼问题\n";
    expect(structureDocument(txtDocument("t.txt", text))[0]!.sections.map((s) => s.role)).toEqual(["plan", "plan", "plan"]);
  });

  it.each([
    ["after the five-year targets", "各位代表：\n一、“十四五”时期经济社会发展回顾\n过去五年。\n二、“十五五”时期的主要目标任务\n今后五年。\n三、2026年主要工作\n今年。", ["review", "targets", "plan"]],
    ["for the year after the one reviewed", "各位代表：\n一、2025年工作回顾\n过去一年。\n二、2026年主要工作\n今年。", ["review", "plan"]],
    ["never for the year reviewed", "各位代表：\n一、2025年主要工作和“十四五”发展成就\n过去一年。\n二、2026年工作安排\n今年。", ["review", "plan"]],
    ["never in a half-year summary", "某区2024年上半年工作总结\n一、上半年主要工作开展情况\n上半年。", ["review"]],
  ] as const)("reads 主要工作 as the plan only when it looks ahead: %s", (_, text, roles) => {
    expect(structureDocument(txtDocument("w.txt", text))[0]!.sections.map((s) => s.role)).toEqual(roles);
  });

  it("keeps a report in its plans once it turns to them, and plans for a year later than the one reviewed", () => {
    const text = "各位代表：\n一、一九八九年的回顾\n过去一年。\n二、一九九○年的国内工作\n今年。\n三、关于国际形势和外交工作\n我们。";
    expect(structureDocument(txtDocument("y.txt", text))[0]!.sections.map((s) => s.role)).toEqual(["review", "plan", "plan"]);
  });

  it("gives the parts after the review of a report to a congress the plan role", () => {
    const text = "各位代表：\n现在，我代表国务院向大会作政府工作报告。\n一、1999年国内工作回顾\n过去一年。\n二、坚持实行扩大内需的方针\n今年。\n三、关于外交工作\n我们。";
    expect(structureDocument(txtDocument("c.txt", text))[0]!.sections.map((s) => s.role)).toEqual(["review", "plan", "plan"]);
  });

  it("maps section offsets to the original text", () => {
    const original = "\uFEFF" + text.replace("5%", "５％");
    const [mapped] = structureDocument(txtDocument("roles.txt", original));
    for (const section of mapped!.sections) {
      expect(original.slice(section.start, section.end).includes(section.heading)).toBe(true);
    }
  });
});
