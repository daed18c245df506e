import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { z } from "zod";
import { resultFiles } from "./read-results.ts";

const SourceOnly = z.object({ report: z.object({ source: z.string() }) });

async function firstLine(file: string): Promise<string | undefined> {
  const input = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) if (line.trim() !== "") return line;
    return undefined;
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The source a result file is about, from its first line; undefined for a file without reports or one that does not parse (read later, and named then). */
async function sourceOf(file: string): Promise<string | undefined> {
  const line = await firstLine(file);
  if (line === undefined) return undefined;
  try {
    const parsed = SourceOnly.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data.report.source : undefined;
  } catch {
    return undefined;
  }
}

export interface LatestResults {
  /** The files to load, in name order. */
  readonly files: readonly string[];
  /** Older results of a source a newer file also holds (the source was edited and extracted again). */
  readonly stale: readonly string[];
}

/**
 * The result files of `dir`, keeping only the newest file of each source: after a source
 * changes, extracting again into the same directory adds a file beside the old one.
 */
export async function latestResults(dir: string): Promise<LatestResults> {
  const newest = new Map<string, { file: string; mtimeMs: number }>();
  const files: string[] = [];
  const stale: string[] = [];
  for (const file of await resultFiles(dir)) {
    const source = await sourceOf(file);
    if (source === undefined) {
      files.push(file);
      continue;
    }
    const { mtimeMs } = await stat(file);
    const known = newest.get(source);
    if (known === undefined) newest.set(source, { file, mtimeMs });
    else if (mtimeMs > known.mtimeMs || (mtimeMs === known.mtimeMs && file > known.file)) {
      stale.push(known.file);
      newest.set(source, { file, mtimeMs });
    } else stale.push(file);
  }
  files.push(...[...newest.values()].map((entry) => entry.file));
  return { files: files.sort(), stale: stale.sort() };
}
