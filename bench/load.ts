// Concurrent load on the HTTP server, loopback only: N clients loop over the signature
// queries for a bounded time, once with the response cache off and once with it on
// (src/api/response-cache.ts: every request still reads the graph version); prints
// requests/s, latency percentiles and errors for each, and exits non-zero if any
// request failed or the cached p95 misses its budget. The clients run in a worker thread
// of their own, so the server's event loop serves requests only, as it would for
// clients on other machines.
//
//   node --import tsx bench/load.ts
//   GOVKG_LOAD_CLIENTS=50  GOVKG_LOAD_SECONDS=30  GOVKG_LOAD_MAX_REQUESTS=200000  GOVKG_LOAD_CACHE=both|on|off
import { Worker } from "node:worker_threads";
import { closeDriver } from "../src/graph/connection.ts";
import { startServer } from "../src/api/index.ts";

const CLIENTS = Number(process.env.GOVKG_LOAD_CLIENTS ?? 50);
const SECONDS = Number(process.env.GOVKG_LOAD_SECONDS ?? 30);
// A second bound besides time, so the loop stops by itself even if the clock misbehaves.
const MAX_REQUESTS = Number(process.env.GOVKG_LOAD_MAX_REQUESTS ?? 200_000);
const CACHE_MODES = { both: [false, true], on: [true], off: [false] }[process.env.GOVKG_LOAD_CACHE ?? "both"] ?? [false, true];
// Issue 17: 50 clients on loopback see p95 under 100 ms with the cache on.
const CACHED_P95_BUDGET_MS = 100;

const QUERIES: ReadonlyArray<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: "recurringProjects",
    query: `{ recurringProjects(first: 20) { items { project { id name aliases kind } years reportCount
      mentions(first: 5) { report { title year } status evidence { text } } } } }`,
  },
  {
    name: "indicatorSeries",
    query: `query ($name: String!) { indicatorSeries(name: $name) { points { periodYear value unit status report { title year } } } }`,
    variables: { name: "GDP" },
  },
  { name: "search", query: `query ($text: String!) { search(text: $text, first: 20) { node { id label name } score } }`, variables: { text: "高速铁路" } },
  { name: "reports", query: `{ reports(first: 20) { items { id title year issuer } pageInfo { endCursor } } }` },
  { name: "stats", query: `{ stats { reports projects indicators } }` },
];

interface Phase {
  readonly cache: boolean;
  readonly requests: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: number;
}

interface ClientResults {
  readonly latencies: number[];
  readonly errors: [string, number][];
  readonly seconds: number;
}

// The clients' side, run in a worker thread as plain JavaScript (no TypeScript loader
// there): CLIENTS loops over the queries until the deadline, then posts the results.
const CLIENT_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { url, clients, seconds, maxRequests, queries } = workerData;
const latencies = [];
const errors = new Map();
let sent = 0;
const deadline = performance.now() + seconds * 1000;
async function client(index) {
  let turn = index;
  while (performance.now() < deadline && sent < maxRequests) {
    const { name, query, variables } = queries[turn % queries.length];
    turn += 1;
    sent += 1;
    const started = performance.now();
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: variables ?? {} }) });
      const body = await response.json();
      if (response.status !== 200 || body.errors) throw new Error(name + ": HTTP " + response.status + " " + JSON.stringify(body.errors ?? ""));
      latencies.push(performance.now() - started);
    } catch (error) {
      const key = error instanceof Error ? error.message.slice(0, 200) : String(error);
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  }
}
const started = performance.now();
Promise.all(Array.from({ length: clients }, (_, index) => client(index))).then(() =>
  parentPort.postMessage({ latencies, errors: [...errors], seconds: (performance.now() - started) / 1000 }),
);
`;

function clientsInWorker(url: string): Promise<ClientResults> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT_SOURCE, {
      eval: true,
      workerData: { url, clients: CLIENTS, seconds: SECONDS, maxRequests: MAX_REQUESTS, queries: QUERIES },
    });
    worker.once("message", (results: ClientResults) => resolve(results));
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`load clients exited with ${code}`))));
  });
}

async function phase(cache: boolean): Promise<Phase> {
  // Loopback only: this benchmark never targets another host.
  const server = await startServer({ host: "127.0.0.1", port: 0, logging: "error", graphiql: false, ...(cache ? {} : { responseCache: false }) });
  process.stdout.write(`cache ${cache ? "on " : "off"}: serving ${server.url}; ${CLIENTS} clients for ${SECONDS} s over ${QUERIES.map((q) => q.name).join(", ")}\n`);
  const { latencies, errors, seconds } = await clientsInWorker(server.url);
  await server.close();

  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil((p / 100) * latencies.length) - 1))] ?? Number.NaN;
  const errorCount = errors.reduce((sum, [, count]) => sum + count, 0);
  const result = { cache, requests: latencies.length + errorCount, seconds, p50: percentile(50), p95: percentile(95), p99: percentile(99), errors: errorCount };
  process.stdout.write(
    `cache ${cache ? "on " : "off"}: requests ${result.requests} in ${seconds.toFixed(1)} s: ${(latencies.length / seconds).toFixed(1)} req/s  ` +
      `p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  errors ${errorCount}\n`,
  );
  for (const [message, count] of errors) process.stdout.write(`  ${count} × ${message}\n`);
  return result;
}

async function main(): Promise<void> {
  const phases: Phase[] = [];
  for (const cache of CACHE_MODES) phases.push(await phase(cache));
  await closeDriver();

  const off = phases.find((p) => !p.cache);
  const on = phases.find((p) => p.cache);
  if (on) {
    const versus = off ? `, ${(off.p95 / on.p95).toFixed(1)}× lower than without it (${off.p95.toFixed(1)} ms)` : "";
    process.stdout.write(`ratio ${CLIENTS}-client p95 with the response cache: ${on.p95.toFixed(1)} ms (budget ${CACHED_P95_BUDGET_MS} ms)${versus}\n`);
  }
  const errorCount = phases.reduce((sum, p) => sum + p.errors, 0);
  process.exitCode = errorCount > 0 || (on !== undefined && !(on.p95 < CACHED_P95_BUDGET_MS)) ? 1 : 0;
}

await main();
