import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../../../../fixtures/reports/", import.meta.url));

/** Fixture reports small enough to ingest many times in one test file. */
export const SMALL_SET = [
  "provinces/hebei_2025.txt",
  "provinces/hebei_2026.txt",
  "excerpts/wanzhou_2023H1_excerpt.txt",
  "excerpts/wanzhou_2024_govreport_excerpt.txt",
].map((file) => path.join(FIXTURES, file));

/** Copies fixture files into a fresh temporary directory (flat) and returns their new paths. */
export async function copyFixtures(files: readonly string[]): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), "govkg-graph-"));
  const copies: string[] = [];
  for (const file of files) {
    const target = path.join(dir, path.basename(file));
    await cp(file, target);
    copies.push(target);
  }
  return { dir, files: copies };
}
