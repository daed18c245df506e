import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ReadError, ReportMetaOverride } from "../domain/index.ts";
import { extractDocument } from "../pipeline/index.ts";
import { sourceName } from "../pipeline/run-files.ts";
import { expandPaths, isReadError, readSidecar, readSource, sidecarPath } from "../read/index.ts";
import { extractorVersion } from "./extractor-version.ts";
import { resultFileName, type ResultLine } from "./result-line.ts";

export interface ExtractToDirSummary {
  readonly files: number;
  /** Result files written by this run. */
  readonly written: number;
  /** Sources whose result file was already there (same bytes, same extractor). */
  readonly skipped: number;
  readonly reports: number;
  readonly errors: readonly ReadError[];
  readonly durationMs: number;
}

export interface ExtractToDirOptions {
  readonly overrides?: ReportMetaOverride;
  /** Only the files whose position in the sorted list is `index` modulo `count`: one machine's share. */
  readonly shard?: { readonly index: number; readonly count: number };
  readonly onFile?: (file: string, outcome: "written" | "skipped" | "failed") => void;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function readOptional(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Writes beside the target and renames into place, so a reader never sees half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
  try {
    await writeFile(partial, text, "utf8");
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

const failure = (source: string, message: string): ReadError => ({ source, code: "unreadable_file", message: `${source}: ${message}` });

/**
 * `govkg extract --out DIR`: one JSON Lines file per source in `dir`, one line per
 * report, named by a digest of the source bytes and the extractor version. A file
 * already there is skipped, so reruns, and any number of machines writing into one
 * directory, each extract a source once.
 */
export async function extractToDir(paths: readonly string[], dir: string, options: ExtractToDirOptions = {}): Promise<ExtractToDirSummary> {
  const started = performance.now();
  await mkdir(dir, { recursive: true });
  const extractor = extractorVersion();
  const overrides = options.overrides ?? {};
  const all = await expandPaths(paths);
  const files = options.shard ? all.filter((_, i) => i % options.shard!.count === options.shard!.index) : all;
  let written = 0;
  let skipped = 0;
  let reports = 0;
  const errors: ReadError[] = [];
  for (const file of files) {
    const source = sourceName(file);
    if (source === "-") {
      errors.push(failure(source, "standard input has no bytes to name a result by; write it to a file first"));
      options.onFile?.(file, "failed");
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      errors.push(failure(source, (error as Error).message));
      options.onFile?.(file, "failed");
      continue;
    }
    const target = path.join(dir, resultFileName({ extractor, source, bytes, sidecar: await readOptional(sidecarPath(file)), overrides }));
    if (await exists(target)) {
      skipped += 1;
      options.onFile?.(file, "skipped");
      continue;
    }
    const doc = await readSource(source);
    if (isReadError(doc)) {
      errors.push(doc);
      options.onFile?.(file, "failed");
      continue;
    }
    const sidecar = await readSidecar(file);
    // A broken sidecar is reported and no result is written, so a rerun after the fix extracts it.
    if (isReadError(sidecar)) {
      errors.push(sidecar);
      options.onFile?.(file, "failed");
      continue;
    }
    const extracted = extractDocument(doc, { ...sidecar, ...overrides });
    const lines = extracted.map((report): ResultLine => ({ extractor, report, text: doc.text.slice(report.start, report.end) }));
    await writeAtomically(target, lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
    written += 1;
    reports += extracted.length;
    options.onFile?.(file, "written");
  }
  return { files: files.length, written, skipped, reports, errors, durationMs: performance.now() - started };
}
