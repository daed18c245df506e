import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../../src/config/env.ts";
import { closeDriver, connectionSettings, withSession } from "../../../src/graph/connection.ts";
import { serverPaths } from "../../../src/local-neo4j/paths.ts";
import { confSettings } from "../../unit/local-neo4j/support/conf-settings.ts";

describe.runIf(connectionSettings().local)("the running local Neo4j has the offline settings", () => {
  afterAll(closeDriver);

  it("every setting of scripts/neo4j/neo4j.conf is in force, and Browser is told no telemetry", async () => {
    const expected = confSettings(readFileSync(serverPaths(loadEnv()).settingsFile, "utf8"));
    const inForce = await withSession("read", async (session) => {
      const result = await session.run("CALL dbms.listConfig() YIELD name, value WHERE name IN $names RETURN name, value", { names: Object.keys(expected) });
      return Object.fromEntries(result.records.map((record) => [String(record.get("name")), String(record.get("value"))]));
    });
    expect(inForce).toEqual(expected);
    // What Neo4j Browser reads on connecting.
    const client = await withSession("read", async (session) => {
      const result = await session.run("CALL dbms.clientConfig() YIELD name, value RETURN name, value");
      return Object.fromEntries(result.records.map((record) => [String(record.get("name")), String(record.get("value"))]));
    });
    expect(client).toMatchObject({ "client.allow_telemetry": "false", "browser.remote_content_hostname_whitelist": "localhost,127.0.0.1" });
  });
});
