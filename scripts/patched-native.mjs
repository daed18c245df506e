#!/usr/bin/env node
// Runs after `npm install` / `npm ci`, once patch-package has applied scripts/patches/.
// The nodejieba patch changes its C++ source (see the patch for what and why), and
// nodejieba's own install step compiled the addon before the patch was applied; this
// recompiles it whenever a patched source is newer than the compiled addon, and does
// nothing otherwise, so a repeated `npm install` costs no compile.
//
// node-gyp is the one npm ships: npm hands its path to install scripts in
// npm_config_node_gyp.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import process from "node:process";
import { URL } from "node:url";

const require = createRequire(import.meta.url);
const PATCH_DIR = new URL("patches/", import.meta.url);
const ADDON = "build/Release/nodejieba.node";

/** The files of nodejieba the patches change, relative to its folder, as their diff headers name them. */
function patchedSources() {
  const patches = readdirSync(PATCH_DIR).filter((name) => name.startsWith("nodejieba+") && name.endsWith(".patch"));
  const text = patches.map((name) => readFileSync(new URL(name, PATCH_DIR), "utf8")).join("\n");
  return [...text.matchAll(/^diff --git a\/node_modules\/nodejieba\/(\S+) /gmu)].map((match) => match[1]);
}

const packageDir = path.dirname(require.resolve("nodejieba/package.json"));
const mtime = (relative) => statSync(path.join(packageDir, relative)).mtimeMs;

const addonPath = path.join(packageDir, ADDON);
const newestSource = Math.max(0, ...patchedSources().map(mtime));
if (existsSync(addonPath) && mtime(ADDON) >= newestSource) {
  process.stdout.write("nodejieba: compiled addon is current with its patched sources\n");
  process.exit(0);
}

// `build` recompiles what changed in the tree nodejieba's install configured; a tree
// with no Makefile (a prebuilt binary was downloaded) is configured and built afresh.
const action = existsSync(path.join(packageDir, "build", "Makefile")) ? "build" : "rebuild";
// Run by hand, outside npm: the node-gyp of the npm installed beside this node.
const npmsGyp = path.join(path.dirname(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js");
const gyp = process.env.npm_config_node_gyp ?? (existsSync(npmsGyp) ? npmsGyp : undefined);
const [command, args] = gyp ? [process.execPath, [gyp, action]] : ["node-gyp", [action]];
process.stdout.write(`nodejieba: recompiling the patched addon (node-gyp ${action})\n`);
const result = spawnSync(command, args, { cwd: packageDir, stdio: "inherit" });
if (result.status !== 0) {
  process.stderr.write(
    `nodejieba: node-gyp ${action} failed (${result.error?.message ?? `exit ${result.status}`}); ` +
      "a C++ compiler, make and python3 are needed, as for nodejieba's own install\n",
  );
  process.exit(1);
}
