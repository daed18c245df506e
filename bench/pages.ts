// Page latency in-process (yoga.fetch, no network) over whatever graph is loaded: the
// longest report's page, the index, the GDP chart and the most-mentioned project's
// timeline. The budget is 200 ms for a report page of the corpus; a page over it fails
// the bench.
//
//   node --import tsx bench/pages.ts
//   GOVKG_BENCH_ITERATIONS=50 (per page)
import { performance } from "node:perf_hooks";
import { createApi } from "../src/api/index.ts";
import { closeDriver, runAutoCommit } from "../src/graph/connection.ts";

const ITERATIONS = Number(process.env.GOVKG_BENCH_ITERATIONS ?? 50);
const WARMUP = 5;
const BUDGET_MS = 200;

const yoga = createApi({ logging: "error" });

async function get(path: string): Promise<number> {
  const response = await yoga.fetch(`http://localhost${path}`);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return body.length;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

let over = 0;
async function measure(label: string, path: string): Promise<void> {
  let bytes = 0;
  for (let i = 0; i < WARMUP; i += 1) bytes = await get(path);
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const started = performance.now();
    await get(path);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  if (p95 > BUDGET_MS) over += 1;
  const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
  process.stdout.write(
    `${label.padEnd(22)} ${String(Math.round(bytes / 1024)).padStart(5)} KB  p50 ${ms(percentile(times, 50))}  p95 ${ms(p95)}  max ${ms(times.at(-1) ?? Number.NaN)}${p95 > BUDGET_MS ? "  OVER BUDGET" : ""}\n`,
  );
}

const longest = (await runAutoCommit({
  name: "bench/longest-report",
  text: "MATCH (r:Report) RETURN r.id AS id, size(r.text) AS chars, COUNT { (r)-[:HAS_EVIDENCE]->() } AS evidence ORDER BY chars DESC LIMIT 1",
})) as { id: string; chars: number; evidence: number }[];
const project = (await runAutoCommit({
  name: "bench/top-project",
  text: "MATCH (:Report)-[:MENTIONS_PROJECT]->(p:Project) RETURN p.key AS key, count(*) AS n ORDER BY n DESC, key LIMIT 1",
})) as { key: string }[];
if (!longest[0] || !project[0]) {
  process.stdout.write("the graph is empty: ingest first (govkg ingest ../shared/corpus)\n");
} else {
  process.stdout.write(`longest report: ${longest[0].chars} characters, ${longest[0].evidence} evidence sentences\n`);
  await measure("report page (longest)", `/reports/${encodeURIComponent(longest[0].id)}`);
  await measure("reports index", "/reports");
  await measure("GDP chart (国务院)", `/indicators?name=GDP&issuer=${encodeURIComponent("国务院")}`);
  await measure("GDP chart (all)", "/indicators?name=GDP");
  await measure("project timeline", `/projects/${encodeURIComponent(project[0].key)}`);
  process.stdout.write(`budget ${BUDGET_MS} ms (p95): ${over === 0 ? "every page within it" : `${over} page(s) over it`}\n`);
}
await closeDriver();
process.exitCode = over > 0 ? 1 : 0;
