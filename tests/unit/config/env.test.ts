import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "../../../src/config/env.ts";
import { connectionSettings } from "../../../src/graph/connection.ts";

describe("loadEnv", () => {
  it("fills defaults for an empty environment", () => {
    const env = loadEnv({});
    expect(env.GOVKG_BOLT_PORT).toBe(7687);
    expect(env.GOVKG_HTTP_PORT).toBe(7474);
    expect(env.GOVKG_NEO4J_HEAP).toBe("1g");
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(loadEnv({ NEO4J_URI: "", GOVKG_BOLT_PORT: "" }).GOVKG_BOLT_PORT).toBe(7687);
  });

  it.each([
    ["GOVKG_BOLT_PORT", "seventy", "GOVKG_BOLT_PORT"],
    ["GOVKG_HTTP_PORT", "70000", "GOVKG_HTTP_PORT"],
    ["GOVKG_NEO4J_HEAP", "1 gigabyte", "a size such as 1g or 512m"],
    ["NEO4J_URI", "not a uri", "NEO4J_URI"],
    ["GOVKG_API_KEY", "short", "at least 16 characters"],
  ])("rejects %s=%s with a readable line", (name, value, expected) => {
    expect(() => loadEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => loadEnv({ [name]: value })).toThrow(expected);
  });

  it("names every bad setting at once", () => {
    const error = (() => {
      try {
        loadEnv({ GOVKG_BOLT_PORT: "x", GOVKG_HTTP_PORT: "0" });
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message.split("\n").filter((line) => line.startsWith("  "))).toHaveLength(2);
  });
});

describe("connectionSettings", () => {
  it("points at the local server on GOVKG_BOLT_PORT when NEO4J_URI is unset", () => {
    const settings = connectionSettings(loadEnv({ GOVKG_BOLT_PORT: "17687" }));
    expect(settings).toMatchObject({ uri: "bolt://127.0.0.1:17687", local: true, database: "neo4j" });
  });

  it("uses NEO4J_URI and its credentials when set, and is then not local", () => {
    const settings = connectionSettings(loadEnv({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_USER: "u", NEO4J_PASSWORD: "p", NEO4J_DATABASE: "kg" }));
    expect(settings).toEqual({ uri: "neo4j://db.example:7687", user: "u", password: "p", database: "kg", local: false });
  });
});
