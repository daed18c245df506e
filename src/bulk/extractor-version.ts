import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// What decides an extraction: the readers, the structure step, the extractors and the
// records they fill, with their vocabulary files.
const EXTRACTION_FOLDERS = ["src/domain", "src/read", "src/structure", "src/extract", "src/pipeline/extract-document.ts"];

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(full, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const version = (parsed as { version?: unknown }).version;
  return typeof version === "string" ? version : "0.0.0";
}

let cached: string | undefined;

/**
 * The extractor's version: the package version and a digest of the code and vocabulary
 * that extraction runs, so any change to them gives new result names and a rerun
 * extracts again instead of reusing stale results.
 */
export function extractorVersion(): string {
  if (cached !== undefined) return cached;
  const hash = createHash("sha256");
  for (const file of EXTRACTION_FOLDERS.flatMap(filesUnder)) hash.update(path.relative(ROOT, file)).update("\u0000").update(readFileSync(file));
  cached = `${packageVersion()}+${hash.digest("hex").slice(0, 12)}`;
  return cached;
}
