// Whole-corpus ingest into Neo4j (wiped first), side by side with extraction alone over
// the same files in the same process, then a second run that must change nothing.
//
//   node --import tsx bench/ingest.ts [corpus dir]   (default ../shared/corpus)
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { closeDriver } from "../src/graph/connection.ts";
import { migrate, wipeGraph } from "../src/graph/migrate.ts";
import { ingestPaths, extractDocument, type IngestSummary } from "../src/pipeline/index.ts";
import { formatOfPath, isReadError, readSidecar, readSource } from "../src/read/index.ts";

const corpus = resolve(process.argv[2] ?? "../shared/corpus");
// The corpus folders hold reports; MANIFEST.csv and SOURCES.md beside them do not.
const folders = readdirSync(corpus)
  .map((name) => join(corpus, name))
  .filter((path) => statSync(path).isDirectory())
  .sort();

async function extractionOnly(): Promise<{ ms: number; reports: number; bytes: number; failed: number }> {
  const started = performance.now();
  let failed = 0;
  let reports = 0;
  let bytes = 0;
  const files = (dir: string): string[] =>
    readdirSync(dir).sort().flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : formatOfPath(path) ? [path] : [];
    });
  for (const file of folders.flatMap(files)) {
    const doc = await readSource(file);
    const overrides = await readSidecar(file);
    if (isReadError(doc) || isReadError(overrides)) continue;
    bytes += Buffer.byteLength(doc.text);
    try {
      reports += extractDocument(doc, overrides).length;
    } catch {
      failed += 1;
    }
  }
  return { ms: performance.now() - started, reports, bytes, failed };
}

const line = (label: string, value: string): void => void process.stdout.write(`${label.padEnd(34)} ${value}\n`);
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const counters = (x: IngestSummary): string =>
  `${x.nodesCreated} nodes / ${x.relationshipsCreated} relationships created, ${x.nodesDeleted} / ${x.relationshipsDeleted} deleted`;

await migrate();
const wiped = await wipeGraph();
line("corpus", `${corpus} (${folders.length} folders); ${wiped.nodes} nodes wiped first`);

const extraction = await extractionOnly();
const first = await ingestPaths(folders);
const mb = first.bytes / 1024 / 1024;
line("extraction only (read+extract)", `${s(extraction.ms)} for ${extraction.reports} reports (${extraction.failed} files failed), ${(extraction.bytes / 1024 / 1024 / (extraction.ms / 1000)).toFixed(2)} MB/s`);
line("ingest (read+extract+resolve+write)", `${s(first.durationMs)} for ${first.reportsWritten} reports written, ${first.reportsFailed} failed`);
line("  of which extract / write", `${s(first.extractMs)} / ${s(first.writeMs)}`);
line("  throughput", `${(first.reportsWritten / (first.durationMs / 1000)).toFixed(2)} reports/s, ${(mb / (first.durationMs / 1000)).toFixed(3)} MB/s (${mb.toFixed(2)} MB)`);
line("  ingest / extraction-only", `${(first.durationMs / extraction.ms).toFixed(2)}×`);
line("  graph changes", counters(first));
for (const failure of first.failures) line("  did not land", `${failure.source}: ${failure.message}`);

const second = await ingestPaths(folders);
line("second run (unchanged corpus)", `${s(second.durationMs)}: ${second.reportsSkipped} unchanged, ${second.reportsWritten} written; ${counters(second)}`);
line("peak RSS", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
await closeDriver();
process.exitCode = first.reportsFailed > 0 || second.nodesCreated + second.relationshipsCreated > 0 ? 1 : 0;
