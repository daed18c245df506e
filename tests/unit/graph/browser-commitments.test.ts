import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string): string => readFileSync(new URL(`../../../cypher/${file}`, import.meta.url), "utf8");

describe("the saved Browser query of commitments", () => {
  it("is the API's statement with its parameters set, so both give one answer", () => {
    const browser = read("browser/commitments.cypher").split("\n");
    expect(browser.slice(0, 5).every((line) => line.startsWith("// :param "))).toBe(true);
    expect(browser.slice(5).join("\n")).toBe(read("api/commitments.cypher"));
  });
});
