#!/usr/bin/env node
// Runs the compiled CLI in dist/ when it is current, else the TypeScript sources through
// tsx, so a developer who edits src/ never runs stale code and a clean clone needs no
// build step. "Current": dist/build-info.json exists and no source file the bundle was
// built from changed after the build started (modified, or deleted); see
// current-build.mjs. Run-time data files (cypher/, schema/, src/**/data) are read from
// the tree in both modes, so they never go stale. GOVKG_TSX=1 always runs the sources.
import process from "node:process";
import { DIST_DIR, isCurrentBuild } from "./current-build.mjs";

if (process.env.GOVKG_TSX !== "1" && isCurrentBuild()) {
  // Worker pools read this to load their compiled entries (dist/workers/*.mjs).
  process.env.GOVKG_DIST_DIR = DIST_DIR;
  await import("../dist/cli.mjs");
} else {
  delete process.env.GOVKG_DIST_DIR;
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
