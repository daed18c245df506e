import { describe, expect, it } from "vitest";
import { parseOverrideFlags } from "../../../src/cli/commands/extract.ts";

// The CLI's metadata flags become the same overrides the structure stage applies.
describe("govkg extract metadata flags", () => {
  it("turns flags into overrides, `none` into null, and leaves absent flags out", () => {
    expect(parseOverrideFlags({ json: true, year: "2023", period: "H1", kind: "review+plan", issuer: "某县人民政府", region: "none" })).toEqual({
      year: 2023,
      period: "H1",
      kind: "review+plan",
      issuer: "某县人民政府",
      region: null,
    });
    expect(parseOverrideFlags({})).toEqual({});
  });

  it.each([
    [{ year: "20xx" }, "--year"],
    [{ year: "1800" }, "--year"],
    [{ period: "Q1" }, "--period"],
    [{ kind: "summary" }, "--kind"],
    [{ issuer: "" }, "--issuer"],
  ])("refuses %o and names the flag", (flags, name) => {
    expect(() => parseOverrideFlags(flags)).toThrow(name);
  });
});
