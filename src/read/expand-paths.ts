import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

export const SIDECAR_SUFFIX = ".meta.json";

const skipped = (name: string): boolean => name.startsWith(".") || name.endsWith(SIDECAR_SUFFIX);

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
    else out.push(path);
  }
}

/**
 * Expands files and directories (recursively, sorted, without hidden files and
 * `*.meta.json` sidecars) into the list of files to read. `-` (standard input) and paths
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
