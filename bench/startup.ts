// Cold start-up of the CLI: `govkg extract` on one small fixture, run as a user runs
// it (node bin/govkg.mjs), from the compiled build in dist/ and from the sources through
// tsx (GOVKG_TSX=1), alternately; prints the median wall time of each and their ratio,
// beside bare `node` for the floor. Builds dist/ first. Exits non-zero when the compiled
// start-up misses its budget or the two print different extractions.
//
//   node --import tsx bench/startup.ts
//   GOVKG_STARTUP_RUNS=7  GOVKG_STARTUP_FILE=fixtures/reports/excerpts/wanzhou_2023H1_excerpt.txt
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const RUNS = Number(process.env.GOVKG_STARTUP_RUNS ?? 7);
const FILE = process.env.GOVKG_STARTUP_FILE ?? "fixtures/reports/excerpts/wanzhou_2023H1_excerpt.txt";
// Issue 17: `govkg extract one.txt` starts in under half a second.
const BUDGET_MS = 500;

const build = spawnSync(process.execPath, ["scripts/build.mjs"], { encoding: "utf8" });
if (build.status !== 0) {
  process.stdout.write(`dist/ could not be built, so there is nothing to compare:\n${build.stderr}`);
  process.exit(1);
}
process.stdout.write(build.stdout);

interface Variant {
  readonly name: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

const baseEnv: NodeJS.ProcessEnv = { ...process.env };
delete baseEnv.GOVKG_TSX;
const VARIANTS: readonly Variant[] = [
  { name: "node -e 0 (floor)", args: ["-e", "0"], env: baseEnv },
  { name: "dist (compiled)", args: ["bin/govkg.mjs", "extract", FILE, "--json"], env: baseEnv },
  { name: "tsx (sources)", args: ["bin/govkg.mjs", "extract", FILE, "--json"], env: { ...baseEnv, GOVKG_TSX: "1" } },
];

const times = new Map<string, number[]>(VARIANTS.map((variant) => [variant.name, []]));
const outputs = new Map<string, string>();
for (let run = 0; run < RUNS; run++) {
  for (const variant of VARIANTS) {
    const started = performance.now();
    const result = spawnSync(process.execPath, variant.args, { env: variant.env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const elapsed = performance.now() - started;
    if (result.status !== 0) {
      process.stdout.write(`${variant.name} failed (status ${result.status}):\n${result.stderr}`);
      process.exit(1);
    }
    times.get(variant.name)!.push(elapsed);
    outputs.set(variant.name, result.stdout);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

process.stdout.write(`govkg extract ${FILE}: median of ${RUNS} cold starts\n`);
for (const variant of VARIANTS) {
  const values = times.get(variant.name)!;
  process.stdout.write(`  ${variant.name.padEnd(18)} ${median(values).toFixed(0).padStart(6)} ms  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})\n`);
}
const dist = median(times.get("dist (compiled)")!);
const tsx = median(times.get("tsx (sources)")!);
const same = outputs.get("dist (compiled)") === outputs.get("tsx (sources)");
process.stdout.write(
  `cold start-up: ${dist.toFixed(0)} ms compiled vs ${tsx.toFixed(0)} ms through tsx, ratio ${(dist / tsx).toFixed(2)} (budget ${BUDGET_MS} ms); ` +
    `${same ? "same extraction" : "EXTRACTIONS DIFFER"}\n`,
);
process.exitCode = same && dist < BUDGET_MS ? 0 : 1;
