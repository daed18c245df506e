import { describe, expect, it } from "vitest";
import { createResolver, issuerKey, NATIONAL_SCOPE, problemSignature, reportScope } from "../../../src/resolve/index.ts";

const resolver = createResolver();

describe("department keys", () => {
  const department = (name: string, scope = "江苏省") => resolver.resolve("department", name, scope);

  it.each([["发改委"], ["发展改革委"], ["发展和改革委员会"], ["省发展改革委"], ["江苏省发展和改革委员会"]])("%s is the province's 发改委", (name) => {
    expect(department(name)?.key).toBe("江苏省|发改委");
  });

  it("puts central departments in the national scope", () => {
    expect(department("国家发展改革委")?.key).toBe("national|发改委");
    expect(department("财政部")?.scope).toBe(NATIONAL_SCOPE);
    expect(department("省财政厅")?.scope).toBe("江苏省");
  });

  it("does not read 市场 as a level word", () => {
    expect(department("市场监督管理局")?.canonical).toBe("市场监管局");
    expect(department("市市场监督管理局")?.canonical).toBe("市场监管局");
  });
});

describe("indicator keys", () => {
  const indicator = (name: string, scope: string) => resolver.resolve("indicator", name, scope);

  it("treats GDP names as one indicator per issuer", () => {
    expect(indicator("国内生产总值", NATIONAL_SCOPE)?.key).toBe(indicator("GDP", NATIONAL_SCOPE)?.key);
    expect(indicator("地区生产总值", "江苏省")?.key).toBe(indicator("全省生产总值", "江苏省")?.key);
    expect(indicator("地区生产总值", "江苏省")?.key).not.toBe(indicator("地区生产总值", "浙江省")?.key);
  });

  it("folds known synonyms", () => {
    expect(indicator("居民消费价格涨幅", "x")?.canonical).toBe("CPI");
    expect(indicator("规模以上工业增加值", "x")?.canonical).toBe(indicator("规上工业增加值", "x")?.canonical);
    expect(indicator("外贸进出口总额", "x")?.canonical).toBe("进出口总额");
  });
});

describe("organisation keys", () => {
  it("drops the legal form", () => {
    const org = (name: string) => resolver.resolve("organization", name, "江苏省");
    expect(org("中国石油天然气集团有限公司")?.key).toBe(org("中国石油天然气集团")?.key);
    expect(org("华为技术有限公司")?.canonical).toBe("华为技术公司");
    expect(org("华为技术有限公司")?.scope).toBe("global");
  });
});

describe("issuers and scopes", () => {
  it.each([["国务院", NATIONAL_SCOPE], ["中华人民共和国国务院", NATIONAL_SCOPE], ["江苏省人民政府", "江苏省"], ["万州区政府", "万州区"]])(
    "%s → %s",
    (issuer, key) => expect(issuerKey(issuer)).toBe(key),
  );

  it("rejects placeholder issuers and falls back to the report itself", () => {
    expect(issuerKey("XX经济开发区管委会")).toBeNull();
    expect(issuerKey("区政府")).toBeNull();
    expect(issuerKey("人民政府")).toBeNull();
    expect(reportScope({ id: "r1", issuer: "XX区政府", region: null })).toBe("report:r1");
    expect(reportScope({ id: "r1", issuer: null, region: "全国" })).toBe(NATIONAL_SCOPE);
  });
});

describe("problem keys", () => {
  it("gives the same difficulty in two years one signature", () => {
    expect(problemSignature("部分企业生产经营困难。")).toBe(problemSignature("一些企业生产经营仍然困难"));
    expect(problemSignature("就业总量压力依然较大")).toBe(problemSignature("就业总量压力较大"));
  });

  it("keeps different difficulties apart", () => {
    expect(problemSignature("部分企业生产经营困难")).not.toBe(problemSignature("地方财政收支矛盾突出"));
  });

  it("keys an unknown problem by scope, theme and signature", () => {
    const a = resolver.problem("部分地区水源地保护不够", "environment", "江苏省");
    const b = resolver.problem("一些地区水源地保护仍然不够", "environment", "江苏省");
    expect(a?.key).toBe(b?.key);
    expect(a?.key).toBe("江苏省|environment|地区水源地保护不够");
    expect(a?.rule).toBe("signature");
    expect(resolver.problem("一些地区水源地保护仍然不够", "other", "江苏省")?.key).not.toBe(a?.key);
    expect(resolver.problem("XX问题突出", "economy", "江苏省")).toBeNull();
  });

  it.each([
    ["不少企业经营困难", "中小微企业、个体工商户生产经营困难", "industry|企业生产经营困难"],
    ["一些领域腐败问题多发", "一些领域、行业、地方腐败现象时有发生", "governance|腐败多发"],
    ["形式主义、官僚主义仍然突出", "形式主义、官僚主义严重", "governance|形式主义官僚主义"],
    ["就业结构性矛盾较大", "就业总量压力依然较大", "livelihood|就业压力"],
    ["需求不足仍是突出矛盾", "内需不振、预期偏弱", "economy|需求不足"],
  ])("names the recurring difficulty in %s and %s alike", (a, b, key) => {
    const first = resolver.problem(a, "other", "national");
    expect(first?.key).toBe(`national|${key}`);
    expect(resolver.problem(b, "economy", "national")?.key).toBe(first?.key);
    expect(first?.rule).toMatch(/^concept:/u);
  });
});
