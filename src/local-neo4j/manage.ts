import { mkdirSync } from "node:fs";
import { loadEnv, type Env } from "../config/env.ts";
import { connectionSettings } from "../graph/index.ts";
import { spawnServer, waitForBolt } from "./launch.ts";
import { localBrowserUrl, serverPaths } from "./paths.ts";
import { isAlive, isOurServer, readPidFile, removePidFile, writePidFile } from "./pid-file.ts";
import { requireJava } from "./prerequisites.ts";
import { boltVersion, portInUse } from "./probe.ts";
import { resolveJars, type Progress } from "./resolve-jars.ts";
import { withStartLock } from "./start-lock.ts";

export interface Neo4jHandle {
  readonly uri: string;
  /** Undefined when NEO4J_URI names a server whose Browser we do not know. */
  readonly browserUrl: string | undefined;
  readonly version: string;
  /** True only when this call spawned the server; only then should the caller stop it. */
  readonly startedHere: boolean;
  readonly external: boolean;
  readonly pid: number | undefined;
  /** Maven time; `resolved` says whether Maven ran at all (a cold start). */
  readonly resolveMs: number;
  readonly resolved: boolean;
  readonly bootMs: number;
}

export interface EnsureOptions {
  readonly progress?: Progress;
  readonly env?: Env;
  readonly bootDeadlineMs?: number;
}

const DEFAULT_BOOT_DEADLINE_MS = 180_000;

/**
 * Returns a Neo4j that answers Bolt: the one NEO4J_URI names, the local one if it
 * runs, or a freshly started local one (resolving its jars with Maven first if needed).
 */
export async function ensureNeo4j(options: EnsureOptions = {}): Promise<Neo4jHandle> {
  const env = options.env ?? loadEnv();
  const settings = connectionSettings(env);
  const progress = options.progress ?? (() => undefined);
  if (!settings.local) {
    const version = await boltVersion(settings, 5_000);
    if (version === undefined) {
      throw new Error(`NEO4J_URI is set to ${settings.uri}, but no Neo4j answers there (or it refused NEO4J_USER/NEO4J_PASSWORD). Nothing is started locally while NEO4J_URI is set.`);
    }
    return { uri: settings.uri, browserUrl: undefined, version, startedHere: false, external: true, pid: undefined, resolveMs: 0, resolved: false, bootMs: 0 };
  }

  const paths = serverPaths(env);
  mkdirSync(paths.home, { recursive: true });
  const deadline = options.bootDeadlineMs ?? DEFAULT_BOOT_DEADLINE_MS;
  return withStartLock(paths.lockDir, deadline + 1_800_000, async () => {
    const running = await boltVersion(settings);
    const known = readPidFile(paths.pidFile);
    const pid = known && isOurServer(known.pid) ? known.pid : undefined;
    const base = { uri: settings.uri, browserUrl: localBrowserUrl(env), external: false, resolveMs: 0, resolved: false, bootMs: 0 };
    if (running !== undefined) return { ...base, version: running, startedHere: false, pid };
    if (pid !== undefined) {
      // Our JVM is alive but not answering yet: another start is still booting it.
      const version = await waitForBolt(settings, pid, paths, deadline);
      return { ...base, version, startedHere: false, pid };
    }
    for (const port of [env.GOVKG_BOLT_PORT, env.GOVKG_HTTP_PORT]) {
      if (await portInUse(port)) {
        throw new Error(`port ${port} on 127.0.0.1 is taken by a program that is not Neo4j. Stop it, or choose other ports with GOVKG_BOLT_PORT and GOVKG_HTTP_PORT.`);
      }
    }
    requireJava();
    const resolution = await resolveJars(paths, progress);
    const bootStarted = Date.now();
    progress(`Starting Neo4j (log: ${paths.logFile}) …`);
    const newPid = spawnServer(paths, env);
    writePidFile(paths.pidFile, { pid: newPid, boltPort: env.GOVKG_BOLT_PORT, httpPort: env.GOVKG_HTTP_PORT, startedAt: new Date().toISOString() });
    try {
      const version = await waitForBolt(settings, newPid, paths, deadline);
      return { ...base, version, startedHere: true, pid: newPid, resolveMs: resolution.ms, resolved: resolution.ran, bootMs: Date.now() - bootStarted };
    } catch (error) {
      if (isAlive(newPid)) process.kill(newPid, "SIGKILL");
      removePidFile(paths.pidFile);
      throw error;
    }
  });
}

export type StopOutcome = "stopped" | "not_running" | "not_ours" | "external";

/** Stops the local server only if this project started it (pid file), and waits for the JVM to exit. */
export async function stopNeo4j(options: { env?: Env; deadlineMs?: number } = {}): Promise<StopOutcome> {
  const env = options.env ?? loadEnv();
  if (!connectionSettings(env).local) return "external";
  const paths = serverPaths(env);
  const known = readPidFile(paths.pidFile);
  if (!known) return (await portInUse(env.GOVKG_BOLT_PORT)) ? "not_ours" : "not_running";
  if (!isOurServer(known.pid)) {
    removePidFile(paths.pidFile);
    return "not_running";
  }
  process.kill(known.pid, "SIGTERM");
  const giveUpAt = Date.now() + (options.deadlineMs ?? 60_000);
  while (isAlive(known.pid)) {
    if (Date.now() > giveUpAt) {
      // A clean shutdown flushes the store; past the deadline the JVM is stuck and recovery on next start is the lesser evil.
      process.kill(known.pid, "SIGKILL");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  removePidFile(paths.pidFile);
  return "stopped";
}

export interface Neo4jStatus {
  readonly running: boolean;
  readonly uri: string;
  readonly browserUrl: string | undefined;
  readonly version: string | undefined;
  readonly pid: number | undefined;
  readonly external: boolean;
}

/** Whether Neo4j answers Bolt now, and (for the local server) which pid runs it. */
export async function neo4jStatus(options: { env?: Env } = {}): Promise<Neo4jStatus> {
  const env = options.env ?? loadEnv();
  const settings = connectionSettings(env);
  const version = await boltVersion(settings);
  if (!settings.local) return { running: version !== undefined, uri: settings.uri, browserUrl: undefined, version, pid: undefined, external: true };
  const known = readPidFile(serverPaths(env).pidFile);
  const pid = known && isOurServer(known.pid) ? known.pid : undefined;
  return { running: version !== undefined, uri: settings.uri, browserUrl: localBrowserUrl(env), version, pid, external: false };
}
