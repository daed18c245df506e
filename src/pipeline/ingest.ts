import { createHash } from "node:crypto";
import path from "node:path";
import type { ReportMetaOverride } from "../domain/index.ts";
import { GraphError, toGraphError } from "../graph/connection.ts";
import { expandPaths, formatOfPath, isReadError, readSidecar, readSource } from "../read/index.ts";
import { createResolver, NO_USER_ALIASES, type Resolver, type UserAliases } from "../resolve/index.ts";
import { ensureSchema } from "./ensure-schema.ts";
import { ingestDocument, type DocumentIngestOptions } from "./ingest-document.ts";
import { IngestInterruptedError, IngestStoppedError } from "./ingest-interrupted.ts";
import { linkProjects } from "./link-projects.ts";
import { pairTargetOutcomes } from "./pair-targets.ts";
import { addToSummary, EMPTY_SUMMARY, mergeSummaries, type IngestFailure, type IngestSummary } from "./ingest-summary.ts";

/** One file done: what the CLI's progress bar advances on. */
export interface IngestProgress {
  readonly total: number;
  readonly done: number;
  readonly source: string;
  readonly failed: boolean;
}

export interface IngestOptions extends DocumentIngestOptions {
  readonly aliases?: UserAliases;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Files in flight at once (default 2). */
  readonly concurrency?: number;
  /** Stops the run: no further file is started, the files in flight finish. */
  readonly signal?: AbortSignal;
}

/** Inside the working directory a source is named relative to it, so the same file keeps one name. */
function sourceName(file: string): string {
  if (file === "-") return file;
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join("/");
}

/**
 * Files named outright are all read (an unreadable one is a failure); files found in a
 * directory are read only when their extension is a report format.
 */
async function filesToIngest(paths: readonly string[]): Promise<{ files: string[]; ignored: string[] }> {
  const files: string[] = [];
  const ignored: string[] = [];
  for (const given of paths) {
    const expanded = await expandPaths([given]);
    const isDirectory = !(expanded.length === 1 && expanded[0] === given);
    for (const file of expanded) (isDirectory && formatOfPath(file) === null ? ignored : files).push(file);
  }
  return { files: [...new Set(files)], ignored };
}

/**
 * Reads, extracts, resolves and writes every file under `paths`. Files that cannot be
 * read are listed in the summary's failures while the rest lands. Neo4j unreachable at
 * the start throws a GraphError; Neo4j lost mid-batch throws an IngestInterruptedError
 * whose summary names every file that did not land; `signal` aborted before the last file
 * started throws an IngestStoppedError naming the files not written.
 */
export async function ingestPaths(paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { files, ignored } = await filesToIngest(paths);
  await ensureSchema();
  const resolver = createResolver(options.aliases ?? NO_USER_ALIASES);
  let summary = addToSummary(EMPTY_SUMMARY, { ignored });
  let next = 0;
  let done = 0;
  let stopped = false;
  // While one file waits on Neo4j the next one is extracted; the graph does not depend
  // on which finishes first (see docs/graph-model.md, derived properties).
  let fatal: GraphError | undefined;
  const notLanded: IngestFailure[] = [];
  const worker = async (): Promise<void> => {
    while (!stopped && !options.signal?.aborted && next < files.length) {
      const file = files[next++]!;
      let result: IngestSummary;
      try {
        result = await ingestFile(file, resolver, options);
      } catch (error) {
        // Neo4j is gone: no further file can land. The other worker finishes its own
        // call first, so nothing is still writing when the caller hears of it.
        stopped = true;
        fatal ??= error instanceof GraphError ? error : toGraphError(error, `ingest ${file}`, {});
        notLanded.push({ source: sourceName(file), reportId: null, code: fatal.code, message: `did not finish (a rerun completes it): ${fatal.message}` });
        continue;
      }
      summary = mergeSummaries(summary, result);
      done += 1;
      options.onProgress?.({ total: files.length, done, source: file, failed: result.reportsFailed > 0 });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (fatal !== undefined) {
    for (const file of files.slice(next)) {
      notLanded.push({ source: sourceName(file), reportId: null, code: "not_started", message: "not ingested: the run stopped before this file" });
    }
    summary = addToSummary(summary, { reportsFailed: notLanded.length, failures: notLanded });
  }
  // After a stop the written reports stay unlinked; the next ingest links them.
  if (fatal === undefined && options.signal?.aborted !== true) {
    const linkStarted = performance.now();
    summary = addToSummary(summary, { counters: await linkProjects(resolver), writeMs: performance.now() - linkStarted });
    const pairStarted = performance.now();
    summary = addToSummary(summary, { counters: await pairTargetOutcomes(), writeMs: performance.now() - pairStarted });
  }
  const unstarted = fatal === undefined && options.signal?.aborted === true ? files.slice(next) : [];
  const reason = String(options.signal?.reason ?? "an abort");
  const notWritten = unstarted.map((file) => ({ source: sourceName(file), reportId: null, code: "interrupted", message: `not ingested: the run was stopped by ${reason} before this file` }));
  if (notWritten.length > 0) summary = addToSummary(summary, { reportsFailed: notWritten.length, failures: notWritten });
  const failures = [...summary.failures].sort((a, b) => a.source.localeCompare(b.source) || (a.reportId ?? "").localeCompare(b.reportId ?? ""));
  const finished = { ...summary, failures, durationMs: performance.now() - started };
  if (fatal !== undefined) throw new IngestInterruptedError(fatal, finished);
  if (notWritten.length > 0) throw new IngestStoppedError(reason, finished);
  return finished;
}

const DEFAULT_CONCURRENCY = 2;

async function ingestFile(file: string, resolver: Resolver, options: IngestOptions): Promise<IngestSummary> {
  const doc = await readSource(sourceName(file));
  const overrides = isReadError(doc) ? doc : await readSidecar(file);
  if (isReadError(doc) || isReadError(overrides)) {
    const error = isReadError(doc) ? doc : (overrides as Exclude<typeof overrides, ReportMetaOverride>);
    return addToSummary(EMPTY_SUMMARY, { files: 1, reportsFailed: 1, failures: [{ source: error.source, reportId: null, code: error.code, message: error.message }] });
  }
  return ingestDocument(doc, overrides, resolver, options);
}

/** Metadata for a text handed over directly; `source` names it (default: a hash of the text). */
export type TextMeta = ReportMetaOverride & { readonly source?: string };

/** Ingests one text (a GraphQL upload, a test fixture) as if it were a file. */
export async function ingestText(text: string, meta: TextMeta = {}, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  await ensureSchema();
  const { source, ...overrides } = meta;
  const name = source ?? `text:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
  const resolver = createResolver(options.aliases ?? NO_USER_ALIASES);
  const written = await ingestDocument({ source: name, format: "txt", encoding: null, text }, overrides, resolver, options);
  const linkStarted = performance.now();
  const linked = addToSummary(written, { counters: await linkProjects(resolver), writeMs: performance.now() - linkStarted });
  const pairStarted = performance.now();
  const summary = addToSummary(linked, { counters: await pairTargetOutcomes(), writeMs: performance.now() - pairStarted });
  options.onProgress?.({ total: 1, done: 1, source: name, failed: summary.reportsFailed > 0 });
  return { ...summary, durationMs: performance.now() - started };
}
