#!/usr/bin/env node
// Runs after `npm install` / `npm ci`, once patch-package has applied scripts/patches/.
// The nodejieba patch changes its C++ source (see the patch for what and why), and
// nodejieba's own install step compiled the addon before the patch was applied; this
// recompiles it whenever a patched source is newer than the compiled addon, and does
// nothing otherwise, so a repeated `npm install` costs no compile.
//
// node-gyp is the one npm ships: npm hands its path to install scripts in
// npm_config_node_gyp and puts a `node-gyp` shim on their PATH.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import process from "node:process";

const require = createRequire(import.meta.url);
const PATCHED_SOURCES = ["lib/nodejieba.cpp", "lib/nodejieba.h"];
const ADDON = "build/Release/nodejieba.node";

const packageDir = path.dirname(require.resolve("nodejieba/package.json"));
const mtime = (relative) => statSync(path.join(packageDir, relative)).mtimeMs;

const addonPath = path.join(packageDir, ADDON);
const newestSource = Math.max(...PATCHED_SOURCES.map(mtime));
if (existsSync(addonPath) && mtime(ADDON) >= newestSource) {
  process.stdout.write("nodejieba: compiled addon is current with its patched sources\n");
  process.exit(0);
}

// `build` recompiles what changed in the tree nodejieba's install configured; a tree
// with no Makefile (a prebuilt binary was downloaded) is configured and built afresh.
const action = existsSync(path.join(packageDir, "build", "Makefile")) ? "build" : "rebuild";
const gyp = process.env.npm_config_node_gyp;
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
