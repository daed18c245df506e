import { describe, expect, it } from "vitest";
import { createResolver, NATIONAL_SCOPE } from "../../../src/resolve/index.ts";

const resolver = createResolver();
const project = (name: string, scope = "江苏省") => resolver.resolve("project", name, scope);

describe("project keys", () => {
  it.each([
    ["京沪高速铁路", "京沪高铁"],
    ["姑苏软件园项目", "姑苏软件园"],
    ["“姑苏软件园”", "姑苏软件园"],
    ["三峡工程", "长江三峡水利枢纽工程"],
    ["三峡工程", "三峡水利枢纽二期工程"],
    ["南水北调工程", "南水北调"],
    ["南水北调中线一期工程", "南水北调中线工程"],
    ["苏州工业园区", "苏州工业园"],
    ["ＡＢＣ产业园", "abc产业园"],
  ])("%s and %s are one node", (a, b) => {
    expect(project(a)?.key).toBe(project(b)?.key);
  });

  it.each([
    ["南水北调东线工程", "南水北调中线工程"],
    ["重点项目", "民生工程"],
    ["姑苏软件园", "姑苏科技园"],
  ])("%s and %s stay apart", (a, b) => {
    expect(project(a)?.key).not.toBe(project(b)?.key);
  });

  it("keeps generic names whole instead of stripping them to a category", () => {
    expect(project("重点项目")?.canonical).toBe("重点项目");
    expect(project("民生工程")?.canonical).toBe("民生工程");
    expect(project("重大水利工程")?.canonical).toBe("重大水利工程");
  });

  it("records why a mention was merged", () => {
    expect(project("姑苏软件园")).toMatchObject({ rule: "exact", score: 1 });
    expect(project("姑苏软件园项目")).toMatchObject({ rule: "suffix-stripped", score: 0.9 });
    expect(project("京沪高速铁路")).toMatchObject({ rule: "alias:京沪高铁" });
  });

  it("scopes local projects to the issuer and national programmes to the country", () => {
    expect(project("姑苏软件园", "江苏省")?.key).not.toBe(project("姑苏软件园", "浙江省")?.key);
    expect(project("南水北调工程", "河南省")).toMatchObject({ scope: NATIONAL_SCOPE });
    expect(project("南水北调工程", "河南省")?.key).toBe(project("南水北调", NATIONAL_SCOPE)?.key);
    expect(project("滨江大道", NATIONAL_SCOPE)?.scope).toBe(NATIONAL_SCOPE);
  });

  it("never turns a placeholder into a name", () => {
    expect(project("XXX项目")).toBeNull();
    expect(project("20xx年重点工程")).toBeNull();
    expect(project("  ")).toBeNull();
  });
});
