// Bulk load vs transactional ingest of the same corpus, on the bench's local Neo4j: the
// graph wiped, `ingestPaths` timed; wiped again, `bulkIngest` (neo4j-admin import, the
// server stopped and started again, then the corpus steps) timed; the two graphs' counts
// compared.
//
//   node --import tsx bench/bulk.ts [corpus dir]   (default GOVKG_BENCH_CORPUS, else ../shared/corpus)
//
// A bulk load stops the server it loads, so it needs the local server GovKG runs: with
// GOVKG_BENCH_NEO4J_URI pointing at a server started by `govkg neo4j start`, give that
// server's GOVKG_NEO4J_HOME, GOVKG_BOLT_PORT and GOVKG_HTTP_PORT too.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const corpus = resolve(process.argv[2] ?? process.env.GOVKG_BENCH_CORPUS ?? "../shared/corpus");
const localUri = `bolt://127.0.0.1:${process.env.GOVKG_BOLT_PORT ?? "7687"}`;
// The bench's server named by URI is the local one when the ports agree: load it as the local server.
if (process.env.NEO4J_URI === localUri) delete process.env.NEO4J_URI;
const line = (label: string, value: string): void => void process.stdout.write(`${label.padEnd(34)} ${value}\n`);
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

if (process.env.NEO4J_URI !== undefined) {
  line("bulk load", `skipped: ${process.env.NEO4J_URI} is not the local server GovKG runs (set GOVKG_NEO4J_HOME and the ports of that server)`);
} else {
  const { bulkIngest } = await import("../src/bulk/index.ts");
  const { closeDriver, readQuery } = await import("../src/graph/connection.ts");
  const { migrate, wipeGraph } = await import("../src/graph/migrate.ts");
  const { ingestPaths } = await import("../src/pipeline/index.ts");
  const { z } = await import("zod");
  const folders = readdirSync(corpus).map((name) => join(corpus, name)).filter((path) => statSync(path).isDirectory()).sort();
  const counts = async (): Promise<string> => {
    const [row] = await readQuery("bulk/database-contents", {}, z.object({ nodes: z.number(), relationships: z.number() }));
    return `${row?.nodes ?? 0} nodes, ${row?.relationships ?? 0} relationships`;
  };

  await migrate();
  const wiped = await wipeGraph();
  line("corpus", `${corpus} (${folders.length} folders); ${wiped.nodes} nodes wiped first`);
  const transactional = await ingestPaths(folders);
  const transactionalGraph = await counts();
  line("transactional ingest", `${s(transactional.durationMs)} for ${transactional.reportsWritten} reports: ${transactionalGraph}`);

  await wipeGraph();
  await closeDriver();
  const bulk = await bulkIngest({ paths: folders });
  const bulkGraph = await counts();
  const t = bulk.timings;
  line("bulk load", `${s(t.durationMs)} for ${bulk.reports} reports: ${bulkGraph}`);
  line("  prepare (read, extract, resolve, CSV)", s(t.prepareMs));
  line("  neo4j-admin import", s(t.importMs));
  line("  server stop and start", s(t.restartMs));
  line("  schema / links, derived, pairs", `${s(t.schemaMs)} / ${s(t.settleMs + t.corpusMs)}`);
  line("same graph (counts)", bulkGraph === transactionalGraph ? "yes" : `NO: transactional ${transactionalGraph}, bulk ${bulkGraph}`);
  line("peak RSS", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (GovKG's process; the importer and the server are Java processes of their own)`);
  const ratio = t.durationMs / transactional.durationMs;
  process.stdout.write(`ratio bulk vs transactional ingest (same corpus, same server): ${ratio.toFixed(2)}× the time (${s(t.durationMs)} vs ${s(transactional.durationMs)})\n`);
  await closeDriver();
  process.exitCode = bulkGraph === transactionalGraph && bulk.failures.length === 0 ? 0 : 1;
}
