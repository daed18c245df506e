import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { formatOfPath, legacyFormatOf } from "./formats.ts";

export const SIDECAR_SUFFIX = ".meta.json";

const skipped = (name: string): boolean => name.startsWith(".") || name.endsWith(SIDECAR_SUFFIX);

// A folder of reports often carries a manifest, a README or notes beside them; a walk
// takes only files in a report format (and legacy Word files, so they are refused with
// advice instead of passed over), while a file named outright is always read (and
// refused with a reason when GovKG has no reader for it).
const NOT_REPORTS_IN_A_WALK = new Set([".md", ".markdown"]);
const isReportFile = (name: string): boolean =>
  (formatOfPath(name) !== null || legacyFormatOf(name) !== null) && !NOT_REPORTS_IN_A_WALK.has(extname(name).toLowerCase());

async function isDirectory(path: string): Promise<boolean | null> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return null;
  }
}

async function walk(directory: string, seen: Set<string>, out: string[]): Promise<void> {
  // Symlinked directories are followed once; the real path guards against loops.
  const real = await realpath(directory);
  if (seen.has(real)) return;
  seen.add(real);
  const names = (await readdir(directory)).filter((name) => !skipped(name)).sort();
  for (const name of names) {
    const path = join(directory, name);
    if (await isDirectory(path)) await walk(path, seen, out);
    else if (isReportFile(name)) out.push(path);
  }
}

/**
 * Expands files and directories (recursively, sorted, without hidden files,
 * `*.meta.json` sidecars, and files that are not in a report format) into the list of files to read. `-` (standard input) and paths
 * that do not exist are kept, so readSource reports on them.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    if (path !== "-" && (await isDirectory(path))) await walk(path, seen, out);
    else out.push(path);
  }
  return [...new Set(out)];
}
