import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTCOME_WORDS } from "../../../src/commitments/index.ts";

const read = (file: string): string => readFileSync(new URL(`../../../cypher/${file}`, import.meta.url), "utf8");
const PARAM = /^\/\/ :param (\w+) => (.*)$/u;

describe("the saved Browser query of commitments", () => {
  it("is the API's statement with its parameters set, so both give one answer", () => {
    const browser = read("browser/commitments.cypher").split("\n");
    const params = browser.findIndex((line) => !PARAM.test(line));
    expect(params).toBeGreaterThan(0);
    expect(browser.slice(params).join("\n")).toBe(read("api/commitments.cypher"));
    const set = Object.fromEntries(browser.slice(0, params).map((line) => line.match(PARAM)?.slice(1) ?? []));
    expect(Object.keys(set)).toEqual(["issuer", "year", "outcome", "skip", "limit", ...Object.keys(OUTCOME_WORDS)]);
    for (const [key, value] of Object.entries(OUTCOME_WORDS)) expect(JSON.parse(set[key] ?? "null")).toEqual(value);
  });
});
