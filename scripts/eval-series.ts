/**
 * `npm run eval:series`: how well GovKG answers "which projects recur across years".
 * Starts a Neo4j of its own (`.neo4j-eval`, Bolt 18687, HTTP 18474: never the user's
 * graph), empties it, ingests the national series and the provincial reports, serves the
 * API on a free port and runs the shared scorer on it, national and provincial.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SHARED = path.resolve(ROOT, "../shared");
const SCORER = path.join(SHARED, "eval", "score-recurring.mjs");
const CORPUS = path.join(SHARED, "corpus");

Object.assign(process.env, {
  GOVKG_NEO4J_HOME: process.env.GOVKG_EVAL_NEO4J_HOME ?? ".neo4j-eval",
  GOVKG_BOLT_PORT: process.env.GOVKG_EVAL_BOLT_PORT ?? "18687",
  GOVKG_HTTP_PORT: process.env.GOVKG_EVAL_HTTP_PORT ?? "18474",
});
delete process.env.NEO4J_URI;

const { loadEnv } = await import("../src/config/env.ts");
const { closeDriver } = await import("../src/graph/connection.ts");
const { wipeGraph } = await import("../src/graph/migrate.ts");
const { ensureNeo4j, shareResolvedJars, stopNeo4j } = await import("../src/local-neo4j/index.ts");
const { ingestPaths } = await import("../src/pipeline/index.ts");
const { startServer } = await import("../src/api/index.ts");

const env = loadEnv();
const keep = process.argv.includes("--keep");
await shareResolvedJars(env);
const handle = await ensureNeo4j({ env, progress: (line) => process.stderr.write(`${line}\n`) });
process.stderr.write(`eval Neo4j ${handle.version} at ${handle.uri}\n`);
try {
  await wipeGraph();
  for (const part of ["national", "provinces"]) {
    const started = performance.now();
    const summary = await ingestPaths([path.join(CORPUS, part)]);
    process.stderr.write(`${part}: ${summary.reportsWritten} reports written, ${summary.failures.length} failed, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const server = await startServer({ port: 0 });
  try {
    const verbose = process.argv.includes("--verbose") ? ["--verbose"] : [];
    for (const extra of [[], ["--provinces"]]) {
      // The scorer runs beside the server, which answers it from this process.
      const status = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [SCORER, server.url, ...extra, ...verbose], { stdio: ["ignore", "inherit", "inherit"] });
        child.on("close", resolve);
      });
      if (status !== 0) process.exitCode = 1;
    }
  } finally {
    await server.close();
  }
} finally {
  await closeDriver();
  if (handle.startedHere && !keep) await stopNeo4j({ env });
}
