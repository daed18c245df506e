import { existsSync } from "node:fs";
import { copyFile, mkdir, symlink } from "node:fs/promises";
import { loadEnv, type Env } from "../config/env.ts";
import { serverPaths } from "./paths.ts";
import { isResolved } from "./resolve-jars.ts";

/**
 * Lets a test server's home use the jars another home already resolved (by default the
 * project's own `.neo4j`), instead of running Maven again. Only the jars and the
 * launcher are shared: data, logs and pid files stay apart.
 */
export async function shareResolvedJars(own: Env, from: Env = loadEnv({})): Promise<void> {
  const source = serverPaths(from);
  const target = serverPaths(own);
  if (source.home === target.home || !isResolved(source) || existsSync(target.lib) || existsSync(target.stampFile)) return;
  await mkdir(target.home, { recursive: true });
  await symlink(source.lib, target.lib, "dir");
  await symlink(source.classes, target.classes, "dir");
  await copyFile(source.stampFile, target.stampFile);
}
