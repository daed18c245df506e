import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// The benches wipe and refill a graph: they run on a Neo4j of their own (`.neo4j-bench`,
// Bolt 19687, HTTP 19474), never the user's, or on the one GOVKG_BENCH_NEO4J_URI names.
const benchUri = process.env.GOVKG_BENCH_NEO4J_URI;
if (benchUri) process.env.NEO4J_URI = benchUri;
else {
  delete process.env.NEO4J_URI;
  Object.assign(process.env, { GOVKG_NEO4J_HOME: ".neo4j-bench", GOVKG_BOLT_PORT: "19687", GOVKG_HTTP_PORT: "19474" });
}
const { loadEnv } = await import("../src/config/env.ts");
const { ensureNeo4j, shareResolvedJars, stopNeo4j } = await import("../src/local-neo4j/index.ts");
const env = loadEnv();
if (!benchUri) await shareResolvedJars(env);
const neo4j = await ensureNeo4j({ env, progress: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(`bench Neo4j ${neo4j.version} at ${neo4j.uri}\n`);

// `--scale N`: also the growth bench, the corpus at 1× and N× (bench/scale.ts reads GOVKG_BENCH_SCALE).
const scaleAt = process.argv.indexOf("--scale");
if (scaleAt >= 0) process.env.GOVKG_BENCH_SCALE = process.argv.splice(scaleAt, 2)[1] ?? "10";

// Each benchmark runs in its own process so its peak memory is its own.
const BENCHES = [
  { file: "bench/extraction.ts", what: "extraction throughput vs nodejieba tag" },
  { file: "bench/ingest.ts", what: "whole-corpus ingest into Neo4j" },
  { file: "bench/api.ts", what: "GraphQL query latency" },
  { file: "bench/pages.ts", what: "report pages and charts latency" },
  { file: "bench/load.ts", what: "concurrent load on govkg serve, response cache off and on" },
  { file: "bench/startup.ts", what: "cold CLI start-up of govkg extract, compiled vs tsx" },
  { file: "bench/bulk.ts", what: "bulk load vs transactional ingest" },
  ...(process.env.GOVKG_BENCH_SCALE ? [{ file: "bench/scale.ts", what: `growth: the corpus at 1× and ${process.env.GOVKG_BENCH_SCALE}×` }] : []),
];

// A bench states each of its figures that has a goal as one line starting with "ratio "; they
// are gathered at the end, so one run shows every goal side by side.
const RATIO_LINE = /^ratio .*$/gmu;

const only = process.argv.slice(2);
let failed = 0;
const ratios: string[] = [];
for (const bench of BENCHES) {
  if (only.length > 0 && !only.some((name) => bench.file.includes(name))) continue;
  if (!existsSync(bench.file)) {
    process.stdout.write(`\n== ${bench.file}: missing, skipped ==\n`);
    continue;
  }
  process.stdout.write(`\n== ${bench.what} (${bench.file}) ==\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", bench.file], { stdio: ["inherit", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout);
  ratios.push(...(result.stdout.match(RATIO_LINE) ?? []).map((ratio) => `${ratio.slice("ratio ".length)}  [${bench.file}]`));
  if (result.status !== 0) failed++;
}
if (ratios.length > 0) process.stdout.write(`\n== ratios ==\n${ratios.join("\n")}\n`);
if (neo4j.startedHere) await stopNeo4j({ env });
process.exitCode = failed > 0 ? 1 : 0;
