import { describe, expect, it } from "vitest";
import { createResolver, UserAliasesSchema } from "../../../src/resolve/index.ts";

describe("user aliases", () => {
  it("merges groups to the smallest canonical name, whatever the order", () => {
    const one = createResolver(UserAliasesSchema.parse({ merge: [["姑苏软件园", "苏州软件园"]] }));
    const two = createResolver(UserAliasesSchema.parse({ merge: [["苏州软件园", "姑苏软件园"]] }));
    const a = one.resolve("project", "苏州软件园项目", "江苏省");
    expect(a?.key).toBe(one.resolve("project", "姑苏软件园", "江苏省")?.key);
    expect(a?.key).toBe(two.resolve("project", "苏州软件园", "江苏省")?.key);
    expect(a?.rule).toMatch(/^user-alias:/u);
    expect(one.fingerprint).toBe(two.fingerprint);
  });

  it("keeps forbidden pairs apart even when a rule would merge them", () => {
    const plain = createResolver();
    expect(plain.resolve("project", "京沪高速铁路", "x")?.key).toBe(plain.resolve("project", "京沪高铁", "x")?.key);
    const resolver = createResolver(UserAliasesSchema.parse({ forbid: [["京沪高速铁路", "京沪高铁"]] }));
    expect(resolver.resolve("project", "京沪高速铁路", "x")?.key).not.toBe(resolver.resolve("project", "京沪高铁", "x")?.key);
    expect(resolver.fingerprint).not.toBe(plain.fingerprint);
  });

  it("rejects files that merge and forbid the same pair, or have unknown fields", () => {
    expect(UserAliasesSchema.safeParse({ merge: [["A", "B"]], forbid: [["B", "A"]] }).success).toBe(false);
    expect(UserAliasesSchema.safeParse({ merges: [] }).success).toBe(false);
    expect(UserAliasesSchema.safeParse({ merge: [["A"]] }).success).toBe(false);
  });
});
