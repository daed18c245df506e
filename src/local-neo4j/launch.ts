import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import type { Env } from "../config/env.ts";
import type { ConnectionSettings } from "../graph/index.ts";
import { isAlive } from "./pid-file.ts";
import type { ServerPaths } from "./paths.ts";
import { boltVersion } from "./probe.ts";

// Neo4j's own start script passes these; without the opens Netty and the page cache log warnings or fail.
const NEO4J_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

/** The java command line of the launcher: memory, ports and the fixed settings file. */
export function launcherArgs(paths: ServerPaths, env: Env): string[] {
  return [
    `-Xmx${env.GOVKG_NEO4J_HEAP}`,
    ...NEO4J_JVM_FLAGS,
    "-cp",
    `${paths.classes}${path.delimiter}${path.join(paths.lib, "*")}`,
    `-Dgovkg.home=${paths.data}`,
    `-Dgovkg.bolt.port=${env.GOVKG_BOLT_PORT}`,
    `-Dgovkg.http.port=${env.GOVKG_HTTP_PORT}`,
    `-Dgovkg.pagecache=${env.GOVKG_NEO4J_PAGECACHE}`,
    `-Dgovkg.conf=${paths.settingsFile}`,
    "govkg.Launcher",
  ];
}

/** Starts the launcher detached, logging to neo4j.log; returns its pid. */
export function spawnServer(paths: ServerPaths, env: Env): number {
  const args = launcherArgs(paths, env);
  const log = openSync(paths.logFile, "a");
  writeSync(log, `\n--- govkg neo4j start ${new Date().toISOString()} ---\n`);
  try {
    const child = spawn("java", args, { cwd: paths.home, detached: true, stdio: ["ignore", log, log] });
    if (child.pid === undefined) throw new Error("java could not be started");
    child.unref();
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/** Polls for a real Bolt round trip until the deadline; fails early with the log's tail if the JVM exits. */
export async function waitForBolt(settings: ConnectionSettings, pid: number, paths: ServerPaths, deadlineMs: number): Promise<string> {
  const giveUpAt = Date.now() + deadlineMs;
  while (Date.now() < giveUpAt) {
    if (!isAlive(pid)) {
      throw new Error(`Neo4j exited during start-up. Last lines of ${paths.logFile}:\n${logTail(paths.logFile, 15)}`);
    }
    const version = await boltVersion(settings, 2_000);
    if (version !== undefined) return version;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Neo4j did not answer on ${settings.uri} within ${Math.round(deadlineMs / 1000)} s. Last lines of ${paths.logFile}:\n${logTail(paths.logFile, 15)}`);
}

export function logTail(file: string, lines: number): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).map((line) => `  ${line}`).join("\n");
}
