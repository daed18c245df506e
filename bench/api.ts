// GraphQL latency in-process (yoga.fetch, no network) over whatever graph is loaded:
// p50/p95/p99 of the signature queries.
//
//   node --import tsx bench/api.ts
//   GOVKG_BENCH_ITERATIONS=200 (per query)  GOVKG_BENCH_SECONDS=60 (cap per query)
import { performance } from "node:perf_hooks";
import { createApi } from "../src/api/index.ts";
import { closeDriver } from "../src/graph/connection.ts";

const ITERATIONS = Number(process.env.GOVKG_BENCH_ITERATIONS ?? 200);
const SECONDS = Number(process.env.GOVKG_BENCH_SECONDS ?? 60);
const WARMUP = 10;

// The response cache is off: this measures each query through Neo4j (bench/load.ts measures the cache).
const yoga = createApi({ logging: "error", responseCache: false });

async function run(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

async function measure(label: string, query: string, variables: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < WARMUP; i += 1) await run(query, variables);
  const times: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  while (times.length < ITERATIONS && performance.now() < deadline) {
    const started = performance.now();
    await run(query, variables);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
  process.stdout.write(
    `${label.padEnd(20)} n=${String(times.length).padStart(4)}  p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1) ?? Number.NaN)}\n`,
  );
}

const { stats } = (await run("{ stats { reports projects indicators observations problems evidence relationships } }")) as {
  stats: Record<"reports" | "projects" | "indicators" | "observations" | "problems" | "evidence" | "relationships", number>;
};
process.stdout.write(
  `graph: ${stats.reports} reports, ${stats.projects} projects, ${stats.indicators} indicators / ${stats.observations} observations, ${stats.problems} problems, ${stats.evidence} evidence, ${stats.relationships} relationships\n`,
);
if (stats.reports === 0) {
  process.stdout.write("the graph is empty: ingest first (govkg ingest ../shared/corpus)\n");
} else {
  await measure(
    "recurringProjects",
    `{ recurringProjects(minYears: 2, first: 20) { items { project { id name aliases kind } years reportCount
        mentions(first: 5) { report { title year } status evidence { text } } } pageInfo { hasNextPage endCursor } } }`,
    {},
  );
  const series = `query ($name: String!, $issuer: String) { indicatorSeries(name: $name, issuer: $issuer) { points { periodYear reportYear value unit normalizedValue change changeUnit status report { title year } evidence { text } } } }`;
  // One issuer's series is the question users ask; every issuer's GDP at once is the worst case.
  await measure("indicatorSeries", series, { name: "国内生产总值", issuer: "国务院" });
  await measure("indicatorSeries*", series, { name: "GDP" });
  await measure("search", `query ($text: String!) { search(text: $text, first: 20) { node { id label name } score } }`, { text: "高速铁路" });
  await measure(
    "recurringProblems",
    `{ recurringProblems(first: 20) { items { problem { id text theme } years mentions(first: 5) { report { title year } text } } } }`,
    {},
  );
  await measure("reports", `{ reports(first: 50) { items { id title year issuer region } pageInfo { endCursor } } }`, {});
  await measure(
    "targetOutcomes",
    `query ($indicator: String!, $issuer: String) { targetOutcomes(indicator: $indicator, issuer: $issuer) { year issuer verdict gap
        target { value upper qualifier unit evidence { text } } outcome { value change unit report { year } evidence { text } } } }`,
    { indicator: "国内生产总值", issuer: "国务院" },
  );
  await measure(
    "targetComparison",
    `query ($indicator: String!, $year: Int!) { targetComparison(indicator: $indicator, year: $year) { issuer region difference
        target { value upper qualifier unit } parentIssuer parentTarget { value upper qualifier } } }`,
    { indicator: "国内生产总值", year: 2026 },
  );
  const commitments = `query ($issuer: String, $year: Int) { commitments(issuer: $issuer, year: $year, first: 50) { items { project { name } action deadline outcome
        evidence { text } followUps { report { year } status } } } }`;
  await measure("commitments", commitments, { issuer: "国务院", year: 2023 });
  // An older plan has ten later reports to be read for what became of each promise.
  await measure("commitments 2015", commitments, { issuer: "国务院", year: 2015 });
}
await closeDriver();
