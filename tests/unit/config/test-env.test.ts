import { describe, expect, it } from "vitest";
import { TEST_BOLT_PORT, TEST_HOME, TEST_HTTP_PORT, testSettings } from "../../support/test-env.ts";

describe("the tests' own database", () => {
  it("is a private local server when nothing names one, whatever NEO4J_URI says", () => {
    for (const user of [{}, { NEO4J_URI: "bolt://db.example:7687" }, { GOVKG_BOLT_PORT: "7700", GOVKG_NEO4J_HOME: "/data/kg" }]) {
      const settings = testSettings(user);
      expect(settings.NEO4J_URI).toBeUndefined();
      expect(settings.GOVKG_NEO4J_HOME).toBe(TEST_HOME);
      expect(settings.GOVKG_BOLT_PORT).toBe(String(TEST_BOLT_PORT));
      expect(settings.GOVKG_HTTP_PORT).toBe(String(TEST_HTTP_PORT));
    }
  });

  it("is the server GOVKG_TEST_NEO4J_URI names, with its own credentials", () => {
    const settings = testSettings({ NEO4J_URI: "bolt://prod:7687", NEO4J_PASSWORD: "secret", GOVKG_TEST_NEO4J_URI: "bolt://ci:7687", GOVKG_TEST_NEO4J_PASSWORD: "t" });
    expect(settings).toMatchObject({ NEO4J_URI: "bolt://ci:7687", NEO4J_PASSWORD: "t", NEO4J_DATABASE: "neo4j" });
  });

  it.each([
    ["the user's NEO4J_URI", { NEO4J_URI: "bolt://db.example:7687", GOVKG_TEST_NEO4J_URI: "neo4j://db.example:7687" }],
    ["the local server govkg start uses", { GOVKG_TEST_NEO4J_URI: "bolt://localhost:7687" }],
    ["a moved local server", { GOVKG_BOLT_PORT: "7700", GOVKG_TEST_BOLT_PORT: "7700" }],
  ])("refuses %s", (_, user) => {
    expect(() => testSettings(user)).toThrow(/the server GovKG uses for your graph/);
  });

  it("accepts another database on the user's server", () => {
    const settings = testSettings({ NEO4J_URI: "bolt://db.example:7687", GOVKG_TEST_NEO4J_URI: "bolt://db.example:7687", GOVKG_TEST_NEO4J_DATABASE: "govkgtests" });
    expect(settings.NEO4J_DATABASE).toBe("govkgtests");
  });
});
