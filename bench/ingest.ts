// Whole-corpus ingest into Neo4j (wiped first), side by side with extraction alone over
// the same files, the same file loop and the same threads in the same process, then a
// second run that must change nothing. Goal: ingest ≤ 2× extraction alone, on a warm
// server: a server just started plans every statement afresh and runs them in the JVM
// interpreter until they are compiled, so the corpus is ingested once and wiped before
// the measured run.
//
//   node --import tsx bench/ingest.ts [corpus dir]   (default ../shared/corpus)
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { closeDriver } from "../src/graph/connection.ts";
import { migrate, wipeGraph } from "../src/graph/migrate.ts";
import { resetStatementTimings, statementTimings } from "../src/graph/write/index.ts";
import { defaultWorkers, extractPaths, ingestPaths, type IngestSummary } from "../src/pipeline/index.ts";

const REQUIRED_RATIO = 2;

const corpus = resolve(process.argv[2] ?? "../shared/corpus");
// The corpus folders hold reports; MANIFEST.csv and SOURCES.md beside them do not.
const folders = readdirSync(corpus)
  .map((name) => join(corpus, name))
  .filter((path) => statSync(path).isDirectory())
  .sort();
const workers = defaultWorkers();

const line = (label: string, value: string): void => void process.stdout.write(`${label.padEnd(34)} ${value}\n`);
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const counters = (x: IngestSummary): string =>
  `${x.nodesCreated} nodes / ${x.relationshipsCreated} relationships created, ${x.nodesDeleted} / ${x.relationshipsDeleted} deleted`;

await migrate();
await wipeGraph();
const warmUpStarted = performance.now();
await ingestPaths(folders, { workers });
const warmUpMs = performance.now() - warmUpStarted;
const wiped = await wipeGraph();
line("corpus", `${corpus} (${folders.length} folders); ${workers} extraction threads`);
line("warm-up ingest (not measured)", `${s(warmUpMs)}, then ${wiped.nodes} nodes wiped`);

const extractStarted = performance.now();
const extraction = await extractPaths(folders, { workers });
const extractionMs = performance.now() - extractStarted;

resetStatementTimings();
const first = await ingestPaths(folders, { workers });
const mb = first.bytes / 1024 / 1024;
const ratio = first.durationMs / extractionMs;
line("extraction only (read+extract)", `${s(extractionMs)} for ${extraction.reports.length} reports (${extraction.summary.failures.length} files failed), ${(extraction.summary.bytes / 1024 / 1024 / (extractionMs / 1000)).toFixed(2)} MB/s`);
line("ingest (read+extract+resolve+write)", `${s(first.durationMs)} for ${first.reportsWritten} reports written, ${first.reportsFailed} failed`);
line("  summed over files: extract / write", `${s(first.extractMs)} / ${s(first.writeMs)}`);
line("  throughput", `${(first.reportsWritten / (first.durationMs / 1000)).toFixed(2)} reports/s, ${(mb / (first.durationMs / 1000)).toFixed(3)} MB/s (${mb.toFixed(2)} MB)`);
line("  graph changes", counters(first));
for (const failure of first.failures) line("  did not land", `${failure.source}: ${failure.message}`);
// Statements of one transaction are pipelined, so a statement's time includes waiting for those before it.
const slowest = [...statementTimings()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
line("  slowest statements (summed)", slowest.map(([name, t]) => `${name} ${s(t.ms)}/${t.runs}`).join(", "));

const second = await ingestPaths(folders, { workers });
line("second run (unchanged corpus)", `${s(second.durationMs)}: ${second.reportsSkipped} unchanged, ${second.reportsWritten} written; ${counters(second)}`);
line("peak RSS", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
process.stdout.write(`ratio ingest vs extraction only (${workers} threads, same run): ${ratio.toFixed(2)}× (≤ ${REQUIRED_RATIO}×) ${ratio <= REQUIRED_RATIO ? "PASS" : "FAIL"}\n`);
await closeDriver();
process.exitCode = first.reportsFailed > 0 || second.nodesCreated + second.relationshipsCreated > 0 ? 1 : 0;
