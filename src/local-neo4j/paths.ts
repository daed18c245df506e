import { fileURLToPath } from "node:url";
import path from "node:path";
import type { Env } from "../config/env.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every file the local server uses, all under GOVKG_NEO4J_HOME (relative paths are from the project root). */
export interface ServerPaths {
  readonly home: string;
  readonly lib: string;
  readonly classes: string;
  readonly data: string;
  readonly pidFile: string;
  readonly logFile: string;
  /** Held (a directory, kept fresh) while a start runs. */
  readonly lockDir: string;
  readonly stampFile: string;
  readonly pom: string;
  readonly launcherSources: string;
  /** Fixed Neo4j settings (offline: no telemetry, no outgoing Browser connections). */
  readonly settingsFile: string;
}

export function serverPaths(env: Env): ServerPaths {
  const home = path.resolve(PROJECT_ROOT, env.GOVKG_NEO4J_HOME);
  const scripts = path.join(PROJECT_ROOT, "scripts", "neo4j");
  return {
    home,
    lib: path.join(home, "lib"),
    classes: path.join(home, "classes"),
    data: path.join(home, "dbms"),
    pidFile: path.join(home, "neo4j.pid"),
    logFile: path.join(home, "neo4j.log"),
    lockDir: path.join(home, "starting.lock"),
    stampFile: path.join(home, "resolved.stamp"),
    pom: path.join(scripts, "pom.xml"),
    launcherSources: path.join(scripts, "src", "main", "java"),
    settingsFile: path.join(scripts, "neo4j.conf"),
  };
}

export function localBrowserUrl(env: Env): string {
  return `http://127.0.0.1:${env.GOVKG_HTTP_PORT}/browser/`;
}
