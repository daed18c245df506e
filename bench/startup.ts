// Cold start-up of the CLI: `govkg extract` on one small fixture, run as a user runs
// it (node bin/govkg.mjs), from the compiled build in dist/ and from the sources through
// tsx (GOVKG_TSX=1), alternately; prints the median wall time of each and their ratio,
// beside bare `node`, node loading jieba's dictionaries (the floor of any extract) and the
// compiled CLI loading its modules for `extract` without running it (`extract --help`), and
// the median CPU time (user + system, all threads) each process reports at exit, which a
// busy machine disturbs less than wall time.
// Builds dist/ first. Exits non-zero when the compiled start-up misses its budget or the
// two print different extractions.
//
//   node --import tsx bench/startup.ts
//   GOVKG_STARTUP_RUNS=7  GOVKG_STARTUP_FILE=fixtures/reports/excerpts/wanzhou_2023H1_excerpt.txt
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { isCurrentBuild } from "../bin/current-build.mjs";

const RUNS = Number(process.env.GOVKG_STARTUP_RUNS ?? 7);
const FILE = process.env.GOVKG_STARTUP_FILE ?? "fixtures/reports/excerpts/wanzhou_2023H1_excerpt.txt";
// Issue 17: `govkg extract one.txt` starts in under half a second.
const BUDGET_MS = 500;

function buildDist(): void {
  const build = spawnSync(process.execPath, ["scripts/build.mjs"], { encoding: "utf8" });
  if (build.status !== 0) {
    process.stdout.write(`dist/ could not be built, so there is nothing to compare:\n${build.stderr}`);
    process.exit(1);
  }
}
buildDist();

interface Variant {
  readonly name: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Must have run from dist/: a source edited meanwhile makes bin/govkg.mjs fall back to tsx. */
  readonly compiled?: boolean;
}

// A compiled run counts only if dist/ was current before and after it; otherwise dist/ is
// rebuilt and the run repeated.
const MAX_ATTEMPTS = 5;

const JIEBA_AS_GOVKG = [
  'import j from "nodejieba"; import { readdirSync } from "node:fs";',
  'const dir = "src/extract/shared/dict/";',
  'const userDict = readdirSync(dir).filter((name) => name.endsWith(".dict.utf8")).sort().map((name) => dir + name).join("|");',
  'j.load({ userDict, idfDict: dir + "keyword-weights.idf.utf8" }); j.cut("开始");',
].join(" ");

const baseEnv: NodeJS.ProcessEnv = { ...process.env };
delete baseEnv.GOVKG_TSX;
const VARIANTS: readonly Variant[] = [
  { name: "node -e 0 (floor)", args: ["-e", "0"], env: baseEnv },
  // Extraction cannot start before jieba's dictionaries are loaded: the floor of any extract.
  // Loaded with the tables GovKG's tokenizer gives it (its user dictionaries, the one-line
  // keyword-weight table), not jieba's defaults.
  { name: "nodejieba.load()", args: ["--input-type=module", "-e", JIEBA_AS_GOVKG], env: baseEnv },
  // The compiled CLI's modules for `extract` without running it: what start-up costs beside jieba.
  { name: "dist extract --help", args: ["bin/govkg.mjs", "extract", "--help"], env: baseEnv, compiled: true },
  { name: "dist (compiled)", args: ["bin/govkg.mjs", "extract", FILE, "--json"], env: baseEnv, compiled: true },
  { name: "tsx (sources)", args: ["bin/govkg.mjs", "extract", FILE, "--json"], env: { ...baseEnv, GOVKG_TSX: "1" } },
];

// Loaded before the CLI: at exit the process writes its own CPU time to descriptor 3.
const REPORT_CPU = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => { const u = process.cpuUsage(); writeSync(3, String(u.user + u.system)); });')}`;

const times = new Map<string, number[]>(VARIANTS.map((variant) => [variant.name, []]));
const cpu = new Map<string, number[]>(VARIANTS.map((variant) => [variant.name, []]));
const outputs = new Map<string, string>();

/** One cold run of the variant; a compiled run is repeated until dist/ stayed current throughout. */
function sample(variant: Variant): void {
  for (let attempt = 1; ; attempt++) {
    if (attempt > MAX_ATTEMPTS) {
      process.stdout.write("sources keep changing: dist/ never stayed current for a whole run\n");
      process.exit(1);
    }
    if (variant.compiled && !isCurrentBuild()) buildDist();
    const started = performance.now();
    const result = spawnSync(process.execPath, ["--import", REPORT_CPU, ...variant.args], {
      env: variant.env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    const elapsed = performance.now() - started;
    if (result.status !== 0) {
      process.stdout.write(`${variant.name} failed (status ${result.status}):\n${result.stderr}`);
      process.exit(1);
    }
    if (variant.compiled && !isCurrentBuild()) continue;
    times.get(variant.name)!.push(elapsed);
    cpu.get(variant.name)!.push(Number(result.output[3]) / 1000);
    outputs.set(variant.name, result.stdout);
    return;
  }
}

for (let run = 0; run < RUNS; run++) for (const variant of VARIANTS) sample(variant);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

process.stdout.write(`govkg extract ${FILE}: median of ${RUNS} cold starts\n`);
for (const variant of VARIANTS) {
  const values = times.get(variant.name)!;
  process.stdout.write(
    `  ${variant.name.padEnd(20)} ${median(values).toFixed(0).padStart(6)} ms wall (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}), ` +
      `${median(cpu.get(variant.name)!).toFixed(0)} ms CPU\n`,
  );
}
const dist = median(times.get("dist (compiled)")!);
const tsx = median(times.get("tsx (sources)")!);
const distCpu = median(cpu.get("dist (compiled)")!);
const tsxCpu = median(cpu.get("tsx (sources)")!);
const same = outputs.get("dist (compiled)") === outputs.get("tsx (sources)");
process.stdout.write(
  `ratio cold start-up of govkg extract: ${dist.toFixed(0)} ms compiled vs ${tsx.toFixed(0)} ms through tsx, ratio ${(dist / tsx).toFixed(2)} (budget ${BUDGET_MS} ms); ` +
    `CPU ${distCpu.toFixed(0)} vs ${tsxCpu.toFixed(0)} ms, ratio ${(distCpu / tsxCpu).toFixed(2)}; ` +
    `${same ? "same extraction" : "EXTRACTIONS DIFFER"}\n`,
);
process.exitCode = same && dist < BUDGET_MS ? 0 : 1;
