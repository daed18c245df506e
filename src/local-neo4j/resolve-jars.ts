import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { requireJavac, requireMaven } from "./prerequisites.ts";
import type { ServerPaths } from "./paths.ts";

export type Progress = (line: string) => void;

export interface Resolution {
  /** True when Maven had to run (first start, or the pom or launcher changed). */
  readonly ran: boolean;
  readonly ms: number;
  readonly downloadedFiles: number;
  readonly downloadedMb: number;
}

/** Fingerprint of what Maven builds from, so unchanged inputs skip Maven entirely (about 5 s). */
function inputsDigest(paths: ServerPaths): string {
  const hash = createHash("sha256").update(readFileSync(paths.pom));
  for (const file of listFiles(paths.launcherSources)) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile())
    .sort();
}

export function isResolved(paths: ServerPaths): boolean {
  return existsSync(paths.stampFile) && existsSync(paths.lib) && readFileSync(paths.stampFile, "utf8").trim() === inputsDigest(paths);
}

/** Runs Maven when needed: copies Neo4j's jars to lib/ and compiles the launcher to classes/. */
export async function resolveJars(paths: ServerPaths, progress: Progress): Promise<Resolution> {
  const started = Date.now();
  if (isResolved(paths)) return { ran: false, ms: Date.now() - started, downloadedFiles: 0, downloadedMb: 0 };
  requireMaven();
  requireJavac();
  progress("Resolving Neo4j Community with Maven (the first run downloads about 150 MB from Maven Central) …");
  const outcome = await runMaven(paths, progress);
  writeFileSync(paths.stampFile, `${inputsDigest(paths)}\n`);
  return { ran: true, ms: Date.now() - started, ...outcome };
}

const SIZE = /\((\d+(?:\.\d+)?) (B|kB|MB|GB) at /;
const UNIT_MB: Record<string, number> = { B: 1 / 1e6, kB: 1 / 1e3, MB: 1, GB: 1e3 };

function runMaven(paths: ServerPaths, progress: Progress): Promise<{ downloadedFiles: number; downloadedMb: number }> {
  const args = ["-B", "-Dstyle.color=never", "-f", paths.pom, `-Dgovkg.home=${paths.home}`, "package"];
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"] });
    const errors: string[] = [];
    let files = 0;
    let mb = 0;
    let reported = 0;
    let pending = "";
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.includes("[ERROR]")) errors.push(line.replace("[ERROR] ", "").trim());
        if (!line.includes("Downloaded from")) continue;
        files += 1;
        const size = SIZE.exec(line);
        if (size?.[1] && size[2]) mb += Number(size[1]) * (UNIT_MB[size[2]] ?? 0);
        if (mb - reported >= 25) {
          reported = mb;
          progress(`  downloaded ${files} files, ${Math.round(mb)} MB`);
        }
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (error) => reject(new Error(`could not run Maven: ${error.message}`)));
    child.on("close", (status) => {
      if (status === 0) {
        if (files > 0) progress(`  downloaded ${files} files, ${Math.round(mb)} MB`);
        resolve({ downloadedFiles: files, downloadedMb: Math.round(mb) });
        return;
      }
      reject(new Error(mavenFailure(errors.filter((line) => line.length > 0))));
    });
  });
}

function mavenFailure(errors: string[]): string {
  const first = errors.find((line) => !line.startsWith("->") && !line.startsWith("Re-run")) ?? "no error output";
  const network = errors.some((line) => /Could not transfer|Could not resolve|UnknownHost|Connect(ion)? (refused|timed out)|Network is unreachable|PKIX/i.test(line));
  if (network) {
    return (
      `Maven could not download Neo4j from Maven Central: ${first}. ` +
      `Check that this machine reaches Maven Central (proxy settings belong in Maven's settings.xml), then run "govkg neo4j start" again; ` +
      `or set NEO4J_URI to use a Neo4j 5 server you already run.`
    );
  }
  return `Maven failed to prepare Neo4j: ${first}. Run "mvn -f scripts/neo4j/pom.xml package" to see the full output.`;
}
