import { describe, expect, it } from "vitest";
import { knownFamily } from "../../../src/targets/vocabulary.ts";

describe("indicator families", () => {
  it.each([
    ["国内生产总值", "国内生产总值"],
    ["地区生产总值", "国内生产总值"],
    ["经济增长", "国内生产总值"],
    ["经济", "国内生产总值"],
    ["居民消费价格", "居民消费价格"],
  ])("%s is in the %s family", (name, family) => {
    expect(knownFamily(name)).toBe(family);
  });

  it.each([["数字经济核心产业年营收"], ["低空经济总产值"], ["林下经济总面积"], ["单位国内生产总值能耗"]])("%s is no headline aim", (name) => {
    expect(knownFamily(name)).toBeNull();
  });
});
