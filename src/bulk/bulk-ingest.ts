import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { loadEnv, type Env } from "../config/env.ts";
import { closeDriver, connectionSettings, readQuery, runAutoCommit } from "../graph/connection.ts";
import { migrate } from "../graph/migrate.ts";
import { ensureNeo4j, stopNeo4j } from "../local-neo4j/index.ts";
import { serverPaths } from "../local-neo4j/paths.ts";
import type { ReportMetaOverride } from "../domain/index.ts";
import type { IngestFailure } from "../pipeline/ingest-summary.ts";
import { EMPTY_SUMMARY } from "../pipeline/ingest-summary.ts";
import { pipelineSettings } from "../pipeline/index.ts";
import { runFiles } from "../pipeline/run-files.ts";
import { createResolver, NO_USER_ALIASES, resolveReport, type UserAliases } from "../resolve/index.ts";
import { runAdminImport } from "./admin-import.ts";
import { BulkCsvWriter, type BulkCsvSummary } from "./bulk-csv.ts";
import { BulkError } from "./bulk-error.ts";
import { storedSources } from "./bulk-sources.ts";
import { finishCorpus } from "./ingest-results.ts";

/** What to load: source files and directories, or a directory of `govkg extract --out` results. */
export type BulkInput = { readonly paths: readonly string[]; readonly overrides?: ReportMetaOverride } | { readonly from: string };

export interface BulkOptions {
  readonly aliases?: UserAliases;
  /** The settings to load with (default: the environment); they must name the server the shared driver reaches. */
  readonly env?: Env;
  /** Keep the CSV files (in the Neo4j home's `bulk-import-*` folder) after a successful load. */
  readonly keepCsv?: boolean;
  readonly onStep?: (step: string) => void;
}

/** Wall time of each step, in milliseconds. */
export interface BulkTimings {
  /** read → extract (or read the results) → resolve → CSV. */
  readonly prepareMs: number;
  /** Stopping the server, and starting it again after the import. */
  readonly restartMs: number;
  readonly importMs: number;
  /** Constraints and indexes. */
  readonly schemaMs: number;
  /** Marking every imported shared entity for the settle step. */
  readonly settleMs: number;
  /** Links, derived properties of the shared entities, target pairs: the steps after an ingest's batch. */
  readonly corpusMs: number;
  readonly durationMs: number;
}

export interface BulkSummary {
  readonly uri: string;
  readonly database: string;
  readonly files: number;
  readonly bytes: number;
  readonly reports: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly ignored: readonly string[];
  readonly failures: readonly IngestFailure[];
  readonly timings: BulkTimings;
}

const Contents = z.object({ nodes: z.number(), relationships: z.number() });

async function refuseUnlessEmpty(uri: string, database: string): Promise<void> {
  const [row] = await readQuery("bulk/database-contents", {}, Contents);
  if (row && row.nodes + row.relationships > 0) {
    throw new BulkError(
      "not_empty",
      `refusing a bulk load into ${uri}, database ${database}: it holds ${row.nodes} nodes and ${row.relationships} relationships. ` +
        "A bulk load replaces the database's store files, so it only goes into an empty database, and nothing was changed. " +
        "Add these reports with govkg ingest (or govkg ingest --from DIR), or empty the database first (govkg db wipe --yes).",
    );
  }
}

type Prepared = { csv: BulkCsvSummary; files: number; bytes: number; failures: IngestFailure[]; ignored: readonly string[] };

const duplicate = (source: string, reportId: string): IngestFailure => ({
  source,
  reportId,
  code: "duplicate_report",
  message: "the same report (same text at the same place) was already read from another file",
});

/** Reads, extracts and resolves every source into the import CSV: the ingest's own file loop and extraction threads, with the CSV in place of the writes. */
async function prepareSources(paths: readonly string[], overrides: ReportMetaOverride, writer: BulkCsvWriter, ingestedAt: string, aliases: UserAliases): Promise<Omit<Prepared, "csv">> {
  const failures: IngestFailure[] = [];
  const run = await runFiles(paths, pipelineSettings({ aliases, overrides }), {
    aliases,
    take: async (outcome) => {
      for (const graph of outcome.graphs) if (!(await writer.add(graph, ingestedAt))) failures.push(duplicate(outcome.source, graph.report.id));
      return EMPTY_SUMMARY;
    },
  });
  if (run.thrown !== undefined) throw run.thrown instanceof Error ? run.thrown : new Error("the bulk load stopped while reading the sources", { cause: run.thrown });
  if (run.files.length === 0) throw new BulkError("no_input", `no report files in ${paths.join(", ")}`);
  return { files: run.summary.files, bytes: run.summary.bytes, failures: [...run.summary.failures, ...failures], ignored: run.summary.ignored };
}

/** Reads the results `govkg extract --out` wrote and resolves them into the import CSV. */
async function prepareStored(dir: string, writer: BulkCsvWriter, ingestedAt: string, aliases: UserAliases): Promise<Omit<Prepared, "csv">> {
  const resolver = createResolver(aliases);
  const failures: IngestFailure[] = [];
  let files = 0;
  let bytes = 0;
  for await (const result of storedSources(dir)) {
    files += 1;
    if (!result.ok) {
      failures.push(result.failure);
      continue;
    }
    bytes += result.bytes;
    for (const line of result.lines) {
      if (!(await writer.add(resolveReport(line.report, resolver, line.text), ingestedAt))) failures.push(duplicate(result.source, line.report.id));
    }
  }
  if (files === 0) throw new BulkError("no_input", `no extraction results (*.jsonl) in ${dir}`);
  return { files, bytes, failures, ignored: [] };
}

async function prepare(input: BulkInput, dir: string, aliases: UserAliases): Promise<Prepared> {
  const writer = await BulkCsvWriter.create(dir);
  // The time stamp a transactional write gives each report (cypher/ingest/upsert-report.cypher), to the second.
  const ingestedAt = new Date().toISOString().replace(/\.\d{3}Z$/u, "Z");
  const prepared = "from" in input ? await prepareStored(input.from, writer, ingestedAt, aliases) : await prepareSources(input.paths, input.overrides ?? {}, writer, ingestedAt, aliases);
  return { ...prepared, csv: await writer.close() };
}

/**
 * `govkg ingest --bulk`: loads a corpus into an empty database of the local server
 * through `neo4j-admin database import full`, from CSV in the export's form, then runs
 * the corpus-level steps a transactional ingest runs after its writes (derived
 * properties, links, target pairs), so the graph is the one `govkg ingest` builds.
 * Community edition cannot stop one database, so the server is stopped for the import
 * and started again. Refuses, changing nothing, when NEO4J_URI names another server,
 * when the server on the port is not the one GovKG started, or when the database holds
 * anything at all.
 */
export async function bulkIngest(input: BulkInput, options: BulkOptions = {}): Promise<BulkSummary> {
  const started = performance.now();
  const step = options.onStep ?? (() => undefined);
  const env = options.env ?? loadEnv();
  const settings = connectionSettings(env);
  if (!settings.local) {
    throw new BulkError(
      "not_local",
      `refusing a bulk load: NEO4J_URI is set (${settings.uri}). A bulk load writes the store files of the local server GovKG runs and cannot reach a server elsewhere; ` +
        "use govkg ingest, or govkg ingest --from DIR, there.",
    );
  }
  const first = await ensureNeo4j({ env, progress: step });
  if (first.pid === undefined) {
    throw new BulkError("not_ours", `refusing a bulk load: the Neo4j answering at ${settings.uri} was not started by GovKG (no pid file in ${serverPaths(env).home}), so it cannot be stopped for the import.`);
  }
  const stopAfter = first.startedHere;
  try {
    await refuseUnlessEmpty(settings.uri, settings.database);
  } catch (error) {
    if (stopAfter) await stopNeo4j({ env });
    throw error;
  } finally {
    await closeDriver();
  }

  const dir = await mkdtemp(path.join(serverPaths(env).home, "bulk-import-"));
  step("Reading, extracting and resolving into CSV …");
  const prepareStarted = performance.now();
  const prepared = await prepare(input, dir, options.aliases ?? NO_USER_ALIASES);
  const prepareMs = performance.now() - prepareStarted;

  // The database may have been written to while the CSV was made.
  try {
    await refuseUnlessEmpty(settings.uri, settings.database);
  } finally {
    await closeDriver();
  }
  step(`Stopping Neo4j for the import (${prepared.csv.nodes} nodes, ${prepared.csv.relationships} relationships) …`);
  let restartMs = 0;
  const stopStarted = performance.now();
  await stopNeo4j({ env });
  restartMs += performance.now() - stopStarted;
  let importMs = 0;
  try {
    importMs = (await runAdminImport(env, prepared.csv)).ms;
  } finally {
    step("Starting Neo4j again …");
    const startStarted = performance.now();
    await ensureNeo4j({ env, progress: step });
    restartMs += performance.now() - startStarted;
  }

  step("Constraints and indexes, derived properties, links and target pairs …");
  const schemaStarted = performance.now();
  await migrate();
  const settleStarted = performance.now();
  await runAutoCommit("bulk/mark-imported");
  const corpusStarted = performance.now();
  await finishCorpus(createResolver(options.aliases ?? NO_USER_ALIASES));
  const finished = performance.now();
  if (!options.keepCsv) await rm(dir, { recursive: true, force: true });
  if (stopAfter) {
    await closeDriver();
    await stopNeo4j({ env });
  }
  const failures = [...prepared.failures].sort((a, b) => a.source.localeCompare(b.source) || (a.reportId ?? "").localeCompare(b.reportId ?? ""));
  return {
    uri: settings.uri,
    database: settings.database,
    files: prepared.files,
    bytes: prepared.bytes,
    reports: prepared.csv.reports,
    nodes: prepared.csv.nodes,
    relationships: prepared.csv.relationships,
    ignored: prepared.ignored,
    failures,
    timings: {
      prepareMs,
      restartMs,
      importMs,
      schemaMs: settleStarted - schemaStarted,
      settleMs: corpusStarted - settleStarted,
      corpusMs: finished - corpusStarted,
      durationMs: performance.now() - started,
    },
  };
}
