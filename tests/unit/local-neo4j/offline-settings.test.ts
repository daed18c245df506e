import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEnv } from "../../../src/config/env.ts";
import { launcherArgs } from "../../../src/local-neo4j/launch.ts";
import { serverPaths } from "../../../src/local-neo4j/paths.ts";
import { confSettings } from "./support/conf-settings.ts";

describe("the local Neo4j runs offline", () => {
  const env = loadEnv({});
  const paths = serverPaths(env);

  it("the launcher is given the fixed settings file", () => {
    const args = launcherArgs(paths, env);
    expect(args).toContain(`-Dgovkg.conf=${paths.settingsFile}`);
    expect(args.at(-1)).toBe("govkg.Launcher");
  });

  it("the settings file turns off usage reports, Browser telemetry and remote Browser content", () => {
    expect(confSettings(readFileSync(paths.settingsFile, "utf8"))).toEqual({
      "dbms.usage_report.enabled": "false",
      "client.allow_telemetry": "false",
      "browser.remote_content_hostname_whitelist": "localhost,127.0.0.1",
    });
  });
});
