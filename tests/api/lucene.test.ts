import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "../../src/api/index.ts";

describe("toLuceneQuery", () => {
  it.each([
    ["雄安新区", "雄安新区"],
    ["  京沪  高铁 ", "京沪 高铁"],
    ["*:*", "\\*\\:\\*"],
    ["a AND b OR NOT c", "a and b or not c"],
    ["[a TO z]", "\\[a to z\\]"],
    ['"phrase" (group) {x}', '\\"phrase\\" \\(group\\) \\{x\\}'],
    ["a && b || !c -d +e ~f ^g ?h /i/ \\j", "a \\&\\& b \\|\\| \\!c \\-d \\+e \\~f \\^g \\?h \\/i\\/ \\\\j"],
  ])("escapes %j as %j", (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });

  it("answers null when nothing is left to search", () => {
    expect(toLuceneQuery("   \t\n")).toBeNull();
  });
});
