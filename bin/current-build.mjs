// Whether dist/ may run: dist/build-info.json (written by scripts/build.mjs) exists and
// no source file the bundle was built from was modified after the build started, or is
// gone. One stat per source file, a few milliseconds.
import { readFileSync, statSync } from "node:fs";
import { URL, fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DIST_DIR = `${ROOT}dist/`;

/** True when the compiled build is current for the sources in this tree. */
export function isCurrentBuild() {
  let info;
  try {
    info = JSON.parse(readFileSync(`${DIST_DIR}build-info.json`, "utf8"));
  } catch {
    return false;
  }
  if (info?.version !== 1 || !Array.isArray(info.inputs) || typeof info.builtAt !== "number") return false;
  for (const input of info.inputs) {
    const stat = statSync(`${ROOT}${input}`, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > info.builtAt) return false;
  }
  return true;
}
