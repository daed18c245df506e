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
    ["南水北调东线一期工程", "南水北调工程"],
    ["苏州工业园区", "苏州工业园"],
    ["ＡＢＣ产业园", "abc产业园"],
    ["种业振兴行动", "种业振兴"],
    ["“互联网+”行动计划", "“互联网+”"],
    ["农村人居环境整治三年行动", "农村人居环境整治"],
    ["提振消费专项行动", "提振消费"],
    ["天问一号", "火星探测"],
    ["嫦娥五号", "探月工程"],
    ["星火计划", "星火"],
    ["扫黑除恶专项斗争", "扫黑除恶"],
    ["川种振兴三年攻坚行动", "川种振兴"],
    ["宿连三级航道", "宿连航道"],
    ["三江源生态保护", "三江源"],
    ["钟山系列实验室", "钟山实验室"],
    ["粮食单产提升行动", "粮油作物大面积单产提升行动"],
  ])("%s and %s are one node", (a, b) => {
    expect(project(a)?.key).toBe(project(b)?.key);
  });

  it.each([
    ["南水北调工程", "引江济淮工程"],
    ["姑苏软件园", "姑苏科技园"],
    ["农村人居环境整治提升五年行动", "农村人居环境整治"],
    ["三年行动", "五年行动"],
  ])("%s and %s stay apart", (a, b) => {
    expect(project(a)?.key).not.toBe(project(b)?.key);
  });

  it("does not make nodes of names that only say what sort of project", () => {
    expect(project("重点项目")).toBeNull();
    expect(project("民生工程")).toBeNull();
    expect(project("重大水利工程")).toBeNull();
    expect(project("通信")).toBeNull();
    expect(project("水利枢纽工程")).toBeNull();
  });

  it("strips a suffix only while the rest still names one thing", () => {
    expect(project("滨海新区重点项目")?.canonical).toBe("滨海新区重点项目");
    expect(project("城北水利工程")?.canonical).toBe("城北水利工程");
    expect(project("引江济淮工程")?.canonical).toBe("引江济淮");
    expect(project("长江三峡水利枢纽工程")?.canonical).toBe("三峡");
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
