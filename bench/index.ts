import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// Each benchmark runs in its own process so its peak memory is its own.
const BENCHES = [
  { file: "bench/extraction.ts", what: "extraction throughput vs nodejieba tag" },
  { file: "bench/ingest.ts", what: "whole-corpus ingest into Neo4j" },
  { file: "bench/api.ts", what: "GraphQL query latency" },
  { file: "bench/pages.ts", what: "report pages and charts latency" },
  { file: "bench/load.ts", what: "concurrent load on govkg serve" },
];

const only = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHES) {
  if (only.length > 0 && !only.some((name) => bench.file.includes(name))) continue;
  if (!existsSync(bench.file)) {
    process.stdout.write(`\n== ${bench.file}: missing, skipped ==\n`);
    continue;
  }
  process.stdout.write(`\n== ${bench.what} (${bench.file}) ==\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", bench.file], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
