import { createHash } from "node:crypto";
import pLimit from "p-limit";
import type { ReportMetaOverride } from "../domain/index.ts";
import { GraphError, toGraphError } from "../graph/connection.ts";
import { settleUnsettled } from "../graph/write/index.ts";
import { createResolver } from "../resolve/index.ts";
import { ensureSchema } from "./ensure-schema.ts";
import { runFileTask } from "./file-task.ts";
import { IngestInterruptedError, IngestStoppedError } from "./ingest-interrupted.ts";
import { addToSummary, bySource, EMPTY_SUMMARY, mergeSummaries, type IngestFailure, type IngestSummary } from "./ingest-summary.ts";
import { linkProjects } from "./link-projects.ts";
import { pairTargetOutcomes } from "./pair-targets.ts";
import { runFiles, sourceName, type FileProgress } from "./run-files.ts";
import { pipelineSettings, type PipelineSettings } from "./settings.ts";
import { writeDocument, type WriteDocumentOptions } from "./write-document.ts";

export type IngestProgress = FileProgress;

export interface IngestOptions extends WriteDocumentOptions, Partial<PipelineSettings> {
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Reports written at once, each in its own transaction (default 2). */
  readonly writers?: number;
  /** Stops the run: no further file is started, the files in flight finish. */
  readonly signal?: AbortSignal;
}

const DEFAULT_WRITERS = 2;

/**
 * The corpus steps after a batch's reports are written: links across the reports of each
 * scope, the derived properties of every shared entity touched (once per entity), and
 * target/outcome pairs. Each is resumable: a batch cut off before them leaves marks the
 * next ingest picks up.
 */
async function finishBatch(summary: IngestSummary, resolver: ReturnType<typeof createResolver>): Promise<IngestSummary> {
  let finished = summary;
  for (const step of [() => linkProjects(resolver), settleUnsettled, pairTargetOutcomes]) {
    const started = performance.now();
    finished = addToSummary(finished, { counters: await step(), writeMs: performance.now() - started });
  }
  return finished;
}

/**
 * Reads, extracts, resolves and writes every file under `paths`: extraction in a pool of
 * `workers` threads, writes in `writers` transactions at once, one per report. Files
 * that cannot be read are listed in the summary's failures while the rest lands. Neo4j
 * unreachable at the start throws a GraphError; Neo4j lost mid-batch throws an
 * IngestInterruptedError whose summary names every file that did not land; `signal`
 * aborted before the last file started throws an IngestStoppedError naming the files
 * not written.
 */
export async function ingestPaths(paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  await ensureSchema();
  const settings = pipelineSettings(options);
  const resolver = createResolver(settings.aliases);
  const writeLimit = pLimit(Math.max(1, options.writers ?? DEFAULT_WRITERS));
  // The graph does not depend on which file lands first (see docs/graph-model.md).
  const run = await runFiles(paths, settings, {
    aliases: settings.aliases,
    takers: options.writers ?? DEFAULT_WRITERS,
    take: (outcome) => writeLimit(() => writeDocument(outcome.source, outcome.graphs, options)),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  let summary = run.summary;
  const fatal = run.thrown === undefined ? undefined : run.thrown instanceof GraphError ? run.thrown : toGraphError(run.thrown, "ingest", {});
  if (fatal !== undefined) {
    const notLanded: IngestFailure[] = [
      ...run.unfinished.map((file) => ({ source: sourceName(file), reportId: null, code: fatal.code, message: `did not finish (a rerun completes it): ${fatal.message}` })),
      ...run.notStarted.map((file) => ({ source: sourceName(file), reportId: null, code: "not_started", message: "not ingested: the run stopped before this file" })),
    ];
    summary = addToSummary(summary, { reportsFailed: notLanded.length, failures: notLanded });
    throw new IngestInterruptedError(fatal, { ...summary, failures: [...summary.failures].sort(bySource), durationMs: performance.now() - started });
  }
  // After a stop the written reports stay unlinked and unsettled; the next ingest finishes them.
  if (options.signal?.aborted !== true) summary = await finishBatch(summary, resolver);
  const reason = String(options.signal?.reason ?? "an abort");
  const notWritten = options.signal?.aborted === true ? run.notStarted : [];
  const interrupted = notWritten.map((file) => ({ source: sourceName(file), reportId: null, code: "interrupted", message: `not ingested: the run was stopped by ${reason} before this file` }));
  if (interrupted.length > 0) summary = addToSummary(summary, { reportsFailed: interrupted.length, failures: interrupted });
  const finished = { ...summary, failures: [...summary.failures].sort(bySource), durationMs: performance.now() - started };
  if (interrupted.length > 0) throw new IngestStoppedError(reason, finished);
  return finished;
}

/** Metadata for a text handed over directly; `source` names it (default: a hash of the text). */
export type TextMeta = ReportMetaOverride & { readonly source?: string };

/** The name a text handed over directly is known by. */
export const textSource = (text: string, meta: TextMeta = {}, prefix = "text"): string =>
  meta.source ?? `${prefix}:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;

/** What ingesting one text did, and which reports the text is (written now or found unchanged). */
export type TextIngestSummary = IngestSummary & { readonly reportIds: readonly string[] };

/** Ingests one text (a GraphQL upload, a test fixture) through the same steps as a file. */
export async function ingestText(text: string, meta: TextMeta = {}, options: IngestOptions = {}): Promise<TextIngestSummary> {
  const started = performance.now();
  await ensureSchema();
  const source = textSource(text, meta);
  const overrides: ReportMetaOverride = Object.fromEntries(Object.entries(meta).filter(([field]) => field !== "source"));
  const settings = pipelineSettings({ ...options, overrides: { ...overrides, ...options.overrides } });
  const outcome = await runFileTask({
    path: source,
    source,
    doc: { source, format: "txt", encoding: null, text },
    overrides: settings.overrides,
    maxFileBytes: settings.maxFileBytes,
    aliases: settings.aliases,
  });
  const failure = outcome.error ? { reportsFailed: 1, failures: [{ source, reportId: null, code: outcome.error.code, message: outcome.error.message }] } : {};
  let summary = addToSummary(EMPTY_SUMMARY, {
    files: 1,
    bytes: outcome.bytes,
    reports: outcome.graphs.length,
    diagnostics: Object.values(outcome.diagnosticCounts).reduce((sum, n) => sum + n, 0),
    diagnosticCounts: outcome.diagnosticCounts,
    extractMs: outcome.extractMs,
    ...failure,
  });
  if (outcome.error === null) summary = mergeSummaries(summary, await writeDocument(source, outcome.graphs, options));
  summary = await finishBatch(summary, createResolver(settings.aliases));
  options.onProgress?.({ total: 1, done: 1, source, failed: summary.reportsFailed > 0 });
  return { ...summary, reportIds: outcome.graphs.map((graph) => graph.report.id), durationMs: performance.now() - started };
}
