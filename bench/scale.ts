// Growth: the corpus re-issued N times under other issuers and years (a synthetic N×
// corpus), and extraction, transactional ingest and bulk load timed at 1× and N×, each
// in a process of its own so its peak memory is its own. Time should grow linearly
// (N× corpus within (N+1)× the time) and peak RSS stay within 1 GB.
//
//   node --import tsx bench/scale.ts [--scale N] [--corpus DIR]
//   (N: GOVKG_BENCH_SCALE or 10; DIR: GOVKG_BENCH_CORPUS or ../shared/corpus)
//
// Copy k (k ≥ 1) of every report moves each year written as digits before 年 k years
// back, and gets a sidecar naming an issuer and region of its own, so its scopes and
// shared entities are new and the graph really grows. A report's id is a digest of its
// text: a copy whose text names no year in digits is the same report as the original.
// The loads use the bench's local server (see bench/bulk.ts). Extraction of the N× corpus
// is also timed on one thread, for the speed-up of the thread pool once start-up and
// warm-up no longer dominate (on the 1× corpus they do; see bench/extraction.ts).
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const phase = arg("--phase");
const line = (label: string, value: string): void => void process.stdout.write(`${label.padEnd(34)} ${value}\n`);
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const PHASES = ["extract", "ingest", "bulk"] as const;
/** Not compared across sizes: extraction of the N× corpus on one thread. */
const ONE_THREAD = "extract-one-thread";
type Phase = (typeof PHASES)[number] | typeof ONE_THREAD;
interface PhaseResult {
  readonly ms: number;
  readonly rssMb: number;
  readonly reports: number;
}

/** One phase over one corpus directory, in this process; prints its result as one JSON line. */
async function runPhase(which: Phase, dir: string): Promise<void> {
  const localUri = `bolt://127.0.0.1:${process.env.GOVKG_BOLT_PORT ?? "7687"}`;
  if (process.env.NEO4J_URI === localUri) delete process.env.NEO4J_URI;
  const { closeDriver } = await import("../src/graph/connection.ts");
  const { migrate, wipeGraph } = await import("../src/graph/migrate.ts");
  const { extractPaths, ingestPaths } = await import("../src/pipeline/index.ts");
  const { bulkIngest } = await import("../src/bulk/index.ts");
  const started = performance.now();
  let reports = 0;
  if (which === "extract" || which === ONE_THREAD) {
    reports = (await extractPaths([dir], which === ONE_THREAD ? { workers: 1 } : {})).reports.length;
  } else {
    await migrate();
    await wipeGraph();
    const begun = performance.now();
    if (which === "ingest") {
      reports = (await ingestPaths([dir])).reportsWritten;
    } else {
      await closeDriver();
      reports = (await bulkIngest({ paths: [dir] })).reports;
    }
    await closeDriver();
    const result: PhaseResult = { ms: performance.now() - begun, rssMb: process.resourceUsage().maxRSS / 1024, reports };
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const result: PhaseResult = { ms: performance.now() - started, rssMb: process.resourceUsage().maxRSS / 1024, reports };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

// Two-character names that read as place names and are no real province: copy k, group j.
const COPY_STEMS = ["青", "白", "云", "临", "南", "北", "东", "西", "金", "玉", "丹", "翠", "银", "石", "松", "柳", "桂", "梅", "兰", "竹"];
const GROUP_STEMS = "安宁平和泰康远阳江山林原河川湖海丰顺昌盛兴华定化德清溪岭峰源泉城浦川屿洲坪岗".split("");

const shiftYears = (text: string, by: number): string => text.replace(/(?<!\d)(1[89]\d\d|20\d\d)(?=\s*年)/gu, (year) => String(Number(year) - by));

/** Writes copies 0 … n−1 of every report file under `corpus` into `out`; copy 0 is the file as it is. */
async function buildCorpus(corpus: string, n: number, out: string): Promise<number> {
  const { expandPaths } = await import("../src/read/index.ts");
  const files = (await expandPaths([corpus])).filter((file) => file.endsWith(".txt"));
  const groups = [...new Set(files.map((file) => path.basename(file).split(/[_.]/u)[0]!))].sort();
  let written = 0;
  for (let k = 0; k < n; k++) {
    const dir = path.join(out, `copy-${k}`);
    await mkdir(dir, { recursive: true });
    for (const file of files) {
      const name = `${path.basename(path.dirname(file))}-${path.basename(file)}`;
      const text = await readFile(file, "utf8");
      await writeFile(path.join(dir, name), k === 0 ? text : shiftYears(text, k));
      if (k > 0) {
        const group = groups.indexOf(path.basename(file).split(/[_.]/u)[0]!);
        const region = `${COPY_STEMS[(k - 1) % COPY_STEMS.length]}${GROUP_STEMS[group % GROUP_STEMS.length]}${k > COPY_STEMS.length ? k : ""}市`;
        await writeFile(path.join(dir, name.replace(/\.txt$/u, ".meta.json")), JSON.stringify({ issuer: `${region}人民政府`, region }));
      }
      written += 1;
    }
  }
  return written;
}

function runChild(which: Phase, dir: string): PhaseResult {
  const child = spawnSync(process.execPath, ["--import", "tsx", "bench/scale.ts", "--phase", which, "--dir", dir], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = /^RESULT (.*)$/mu.exec(child.stdout)?.[1];
  if (child.status !== 0 || result === undefined) throw new Error(`bench/scale.ts --phase ${which} failed (exit ${child.status}):\n${child.stdout.slice(-2000)}`);
  return JSON.parse(result) as PhaseResult;
}

if (phase !== undefined) {
  if (![...PHASES, ONE_THREAD].includes(phase)) throw new Error(`unknown phase ${phase}`);
  await runPhase(phase as Phase, arg("--dir") ?? "");
} else {
  const scale = Number(arg("--scale") ?? process.env.GOVKG_BENCH_SCALE ?? 10);
  const corpus = path.resolve(arg("--corpus") ?? process.env.GOVKG_BENCH_CORPUS ?? "../shared/corpus");
  if (!Number.isInteger(scale) || scale < 2) throw new Error(`--scale must be a whole number of 2 or more, not ${scale}`);
  const work = await mkdtemp(path.join(tmpdir(), "govkg-scale-"));
  try {
    const one = path.join(work, "x1");
    const many = path.join(work, `x${scale}`);
    const files = await buildCorpus(corpus, 1, one);
    await buildCorpus(corpus, scale, many);
    line("corpus", `${corpus}: ${files} files at 1×, ${files * scale} at ${scale}× (copies under other issuers and years)`);
    type Compared = (typeof PHASES)[number];
    const results = {} as Record<Compared, [PhaseResult, PhaseResult]>;
    for (const which of PHASES) {
      const small = runChild(which, one);
      const large = runChild(which, many);
      results[which] = [small, large];
      line(`${which} 1× / ${scale}×`, `${s(small.ms)} (${small.reports} reports, peak RSS ${small.rssMb.toFixed(0)} MB) / ${s(large.ms)} (${large.reports} reports, peak RSS ${large.rssMb.toFixed(0)} MB)`);
    }
    const { defaultWorkers } = await import("../src/pipeline/index.ts");
    const oneThread = runChild(ONE_THREAD, many);
    const pooled = results.extract[1];
    line(`extract ${scale}×, 1 / ${defaultWorkers()} threads`, `${s(oneThread.ms)} / ${s(pooled.ms)}`);
    process.stdout.write(`ratio extraction speed-up with ${defaultWorkers()} threads at ${scale}×: ${(oneThread.ms / pooled.ms).toFixed(2)}×\n`);
    let pass = true;
    for (const which of PHASES) {
      const [small, large] = results[which];
      const growth = large.ms / small.ms;
      const ok = growth <= scale + 1 && large.rssMb <= 1024;
      pass &&= ok;
      process.stdout.write(`ratio ${which} time ${scale}× corpus / 1×: ${growth.toFixed(2)}× (≤ ${scale + 1}×), peak RSS ${large.rssMb.toFixed(0)} MB (≤ 1024 MB) ${ok ? "PASS" : "FAIL"}\n`);
    }
    process.exitCode = pass ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
