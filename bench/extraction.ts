// Extraction throughput against nodejieba's own tagger on the same texts, in one run.
// The whole pipeline (structure + every extractor) must reach a third of `tag`'s speed
// on one thread; then the file loop of `govkg extract` on one thread and on every core.
//
//   node --import tsx bench/extraction.ts [corpus dir]   (default ../shared/corpus)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { entityKinds, type SourceDocument, type StructuredReport } from "../src/domain/index.ts";
import { extractors, type ExtractorKind } from "../src/extract/index.ts";
import { extractResponsibilities } from "../src/extract/relations/index.ts";
import { tagWords } from "../src/extract/shared/index.ts";
import { defaultWorkers, extractDocument, extractPaths } from "../src/pipeline/index.ts";
import { structureDocument } from "../src/structure/index.ts";

const REQUIRED_RATIO = 1 / 3;
const ROUNDS = 2;

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return name.endsWith(".txt") ? [path] : [];
    });
}

/** Best wall time of a few rounds, in seconds: the least disturbed by other work on the machine. */
function best(run: () => void): number {
  let fastest = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

const corpus = resolve(process.argv[2] ?? "../shared/corpus");
const docs: SourceDocument[] = textFiles(corpus).map((path) => ({
  source: path,
  format: "txt",
  encoding: "utf-8",
  text: readFileSync(path, "utf8"),
}));
const megabytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, "utf8"), 0) / 1e6;

// Warm up: dictionaries, regex compilation and the JIT.
for (const doc of docs.slice(0, 5)) {
  tagWords(doc.text);
  guarded(`pipeline ${doc.source}`, () => extractDocument(doc));
}

// A throwing stage is a bug to report, not a reason to lose the measurement.
const failures = new Map<string, string>();
function guarded<T>(what: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!failures.has(what)) failures.set(what, (error as Error).message);
    return undefined;
  }
}

const jiebaSeconds = best(() => {
  for (const doc of docs) tagWords(doc.text);
});
const pipelineSeconds = best(() => {
  for (const doc of docs) guarded(`pipeline ${doc.source}`, () => extractDocument(doc));
});

// Stage by stage, so a slow extractor can be spotted.
let reports: StructuredReport[] = [];
const stages: Array<[string, number]> = [
  ["structure", best(() => (reports = docs.flatMap((doc) => structureDocument(doc))))],
];
const kinds = Object.keys(extractors) as ExtractorKind[];
for (const kind of kinds) {
  stages.push([kind, best(() => reports.forEach((report) => guarded(`${kind} ${report.source}`, () => extractors[kind](report))))]);
}
const entities = reports.map((report) => ({
  report,
  found: Object.fromEntries(
    kinds.map((kind) => [entityKinds[kind].list, guarded(`${kind} ${report.source}`, () => extractors[kind](report).records) ?? []]),
  ),
}));
stages.push([
  "relations",
  best(() =>
    entities.forEach(({ report, found }) =>
      guarded(`relations ${report.source}`, () =>
        extractResponsibilities(report, found as unknown as Parameters<typeof extractResponsibilities>[1]),
      ),
    ),
  ),
]);

// The whole file loop (read, extract, in file order) as `govkg extract` runs it: one
// thread, then a pool of one thread per core (start-up of the threads included).
async function loopSeconds(workers: number): Promise<{ seconds: number; reports: number }> {
  const start = performance.now();
  const run = await extractPaths([corpus], { workers });
  return { seconds: (performance.now() - start) / 1000, reports: run.reports.length };
}
const cores = defaultWorkers();
const loopOne = await loopSeconds(1);
const loopAll = await loopSeconds(cores);
const speedUp = loopOne.seconds / loopAll.seconds;

const rate = (seconds: number): string => `${(megabytes / seconds).toFixed(2)} MB/s`;
const ratio = jiebaSeconds / pipelineSeconds;
const lines = [
  `corpus        ${docs.length} files, ${megabytes.toFixed(2)} MB, ${reports.length} reports`,
  `nodejieba tag ${rate(jiebaSeconds)} (${jiebaSeconds.toFixed(2)} s)`,
  `pipeline      ${rate(pipelineSeconds)} (${pipelineSeconds.toFixed(2)} s)`,
  `pipeline/tag  ${ratio.toFixed(2)} (required ≥ ${REQUIRED_RATIO.toFixed(2)}) ${ratio >= REQUIRED_RATIO ? "PASS" : "FAIL"}`,
  `file loop     1 thread ${loopOne.seconds.toFixed(2)} s, ${cores} threads ${loopAll.seconds.toFixed(2)} s (${loopAll.reports} reports${loopAll.reports === loopOne.reports ? "" : `, ${loopOne.reports} with one thread: MISMATCH`})`,
  `ratio extraction vs nodejieba tag (1 thread): ${ratio.toFixed(2)} (≥ ${REQUIRED_RATIO.toFixed(2)})`,
  `ratio extraction speed-up with ${cores} threads: ${speedUp.toFixed(2)}×`,
  "stages:",
  ...stages.map(([name, seconds]) => `  ${name.padEnd(14)} ${seconds.toFixed(3)} s  ${rate(seconds)}`),
  ...(failures.size > 0 ? [`failures (${failures.size}, timings exclude the rest of each failed document):`] : []),
  ...[...failures].map(([what, message]) => `  ${what}: ${message}`),
];
process.stdout.write(`${lines.join("\n")}\n`);
process.exitCode = ratio >= REQUIRED_RATIO && loopAll.reports === loopOne.reports ? 0 : 1;
