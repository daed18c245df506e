import path from "node:path";
import pLimit from "p-limit";
import { expandPaths, formatOfPath, readSource } from "../read/index.ts";
import type { UserAliases } from "../resolve/index.ts";
import type { FileOutcome, FileTask } from "./file-task.ts";
import { addToSummary, EMPTY_SUMMARY, mergeSummaries, type IngestSummary } from "./ingest-summary.ts";
import type { PipelineSettings } from "./settings.ts";
import { createExtractionPool } from "./workers/pool.ts";

/** One file done: what the CLI's progress bar advances on. */
export interface FileProgress {
  readonly total: number;
  readonly done: number;
  readonly source: string;
  readonly failed: boolean;
}

/** Inside the working directory a source is named relative to it, so the same file keeps one name. */
export function sourceName(file: string): string {
  if (file === "-") return file;
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join("/");
}

/**
 * Files named outright are all read (an unreadable one is a failure); files found in a
 * directory are read only when their extension is a report format.
 */
export async function filesToRead(paths: readonly string[]): Promise<{ files: string[]; ignored: string[] }> {
  const files: string[] = [];
  const ignored: string[] = [];
  for (const given of paths) {
    const expanded = given === "-" ? [given] : await expandPaths([given]);
    const isDirectory = !(expanded.length === 1 && expanded[0] === given);
    for (const file of expanded) (isDirectory && formatOfPath(file) === null ? ignored : files).push(file);
  }
  return { files: [...new Set(files)], ignored };
}

export interface RunFilesOptions {
  /** Resolve every report with these aliases (ingest); absent: extract only. */
  readonly aliases?: UserAliases;
  /** What is done with each file's outcome (write it, keep it); its summary joins the run's. */
  readonly take: (outcome: FileOutcome, index: number) => Promise<IngestSummary>;
  /** Files taken at once beyond the extraction threads (the writers), so no thread waits for one. */
  readonly takers?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: FileProgress) => void;
}

/** How a run of the file loop ended. */
export interface RunFilesResult {
  readonly summary: IngestSummary;
  readonly files: readonly string[];
  /** Files never started because the run stopped (abort, or a `take` that threw). */
  readonly notStarted: readonly string[];
  /** Files whose `take` threw. */
  readonly unfinished: readonly string[];
  /** What `take` threw, when it did: the run stopped taking files. */
  readonly thrown?: unknown;
}

/** The outcome's own figures: files, bytes, reports found, diagnostics, extraction time, a file-level failure. */
function outcomeSummary(outcome: FileOutcome): IngestSummary {
  const reports = outcome.graphs.length + outcome.reports.length;
  const diagnostics = Object.values(outcome.diagnosticCounts).reduce((sum, n) => sum + n, 0);
  const failure = outcome.error ? { reportsFailed: 1, failures: [{ source: outcome.source, reportId: null, code: outcome.error.code, message: outcome.error.message }] } : {};
  return addToSummary(EMPTY_SUMMARY, { files: 1, bytes: outcome.bytes, reports, diagnostics, diagnosticCounts: outcome.diagnosticCounts, extractMs: outcome.extractMs, ...failure });
}

/**
 * The one file loop of extract, ingest and the ingest mutation: every file is read and
 * extracted (and resolved when `aliases` is given) in a pool of `settings.workers`
 * threads, and each outcome handed to `take` as soon as it is ready, with at most
 * threads + takers files in flight. Once `signal` aborts or `take` throws, no further
 * file starts; the files in flight finish.
 */
export async function runFiles(paths: readonly string[], settings: PipelineSettings, options: RunFilesOptions): Promise<RunFilesResult> {
  const { files, ignored } = await filesToRead(paths);
  const pool = createExtractionPool(settings.workers, files.length);
  const limit = pLimit(pool.threads + Math.max(1, options.takers ?? 1));
  let summary = addToSummary(EMPTY_SUMMARY, { ignored });
  let done = 0;
  let thrown: { error: unknown } | undefined;
  const started = new Array<boolean>(files.length).fill(false);
  const unfinished: string[] = [];
  const stopped = (): boolean => thrown !== undefined || options.signal?.aborted === true;

  const one = async (file: string, index: number): Promise<void> => {
    if (stopped()) return;
    started[index] = true;
    const outcome = await pool.run(await taskFor(file, settings, options.aliases));
    let result = outcomeSummary(outcome);
    if (outcome.error === null) {
      try {
        result = mergeSummaries(result, await options.take(outcome, index));
      } catch (error) {
        thrown ??= { error };
        unfinished.push(file);
        return;
      }
    }
    summary = mergeSummaries(summary, result);
    done += 1;
    options.onProgress?.({ total: files.length, done, source: outcome.source, failed: result.reportsFailed > 0 });
  };
  try {
    await Promise.all(files.map((file, index) => limit(() => one(file, index))));
  } finally {
    await pool.close();
  }
  const notStarted = files.filter((_, index) => !started[index]);
  return { summary, files, notStarted, unfinished, ...(thrown ? { thrown: thrown.error } : {}) };
}

/** The task for one file; standard input is read here, since a worker thread cannot. */
async function taskFor(file: string, settings: PipelineSettings, aliases: UserAliases | undefined): Promise<FileTask> {
  const base = { path: file, source: sourceName(file), overrides: settings.overrides, maxFileBytes: settings.maxFileBytes, ...(aliases ? { aliases } : {}) };
  if (file !== "-") return base;
  return { ...base, doc: await readSource("-", { maxFileBytes: settings.maxFileBytes }) };
}
