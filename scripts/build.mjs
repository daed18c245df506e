#!/usr/bin/env node
// Compiles the CLI (and the extraction worker entries) into dist/ with esbuild, so that
// `govkg` starts without compiling TypeScript at run time. bin/govkg.mjs runs dist/ only
// while dist/build-info.json says it is current (see isCurrentBuild below and the README).
//
// Packages stay external: they load from node_modules exactly as under tsx, so an
// `npm install` never leaves a stale copy of a dependency inside the bundle, and native
// or large packages (nodejieba, neo4j-driver, pdfjs-dist) keep their own file layout.
//
// Files read at run time next to a module (cypher/, schema/, src/**/data/*.tsv, the
// jieba dictionaries, pdfjs through createRequire) are found through `import.meta.url`.
// In the bundle every module's `import.meta.url` is rewritten to the URL of its source
// file, computed from the bundle's own location, so those files resolve exactly as they
// do under tsx and are never copied (a data file edited in src/ is read as it is).
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { URL, fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DIST_DIR = path.join(ROOT, "dist");
export const BUILD_INFO = path.join(DIST_DIR, "build-info.json");
const BUILD_INFO_VERSION = 1;

// Worker-thread entries are compiled to dist/workers/<name>.mjs, one per file in this
// folder whose name ends in `worker.ts`. At run time bin/govkg.mjs puts the dist
// folder in GOVKG_DIST_DIR (absent under tsx), so a pool can pick its entry:
//   dist: path.join(process.env.GOVKG_DIST_DIR, "workers", "<name>.mjs")
//   tsx:  the .ts file itself
export const WORKER_DIR = path.join(ROOT, "src", "pipeline", "workers");

/** Output name (relative to dist/, no extension) → source file, for every entry the build emits. */
export function buildEntries() {
  const entries = { cli: path.join(ROOT, "src", "cli", "main.ts") };
  let names = [];
  try {
    names = readdirSync(WORKER_DIR);
  } catch {
    // No worker pool in this tree yet.
  }
  for (const name of names.filter((file) => file.endsWith("worker.ts")).sort()) {
    entries[`workers/${name.slice(0, -".ts".length)}`] = path.join(WORKER_DIR, name);
  }
  return entries;
}

const META_URL = /\bimport\.meta\.url\b/g;

/** Gives each bundled source module its own source file's URL as `import.meta.url`. */
const sourceMetaUrl = {
  name: "source-meta-url",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.match(META_URL)) return undefined;
      const fromRoot = path.relative(ROOT, args.path).split(path.sep).join("/");
      return { contents: text.replace(META_URL, `__govkgSourceUrl(${JSON.stringify(fromRoot)})`), loader: "ts" };
    });
  },
};

// Every output is at a known depth under dist/, so the project root is found from the
// output's own URL: one `../` per folder between it and the root.
function rootBanner(outName) {
  const depth = outName.split("/").length; // "cli" → dist/cli.mjs → ../
  const up = "../".repeat(depth);
  return `const __govkgRoot = new URL(${JSON.stringify(up)}, import.meta.url);\nconst __govkgSourceUrl = (file) => new URL(file, __govkgRoot).href;`;
}

/**
 * esbuild's options for one entry, written under `outRoot` as `<outName>.mjs`. Code
 * reached only through `import()` (a command other than the one run, a reader for
 * another format) goes into chunks beside the entry, loaded when first imported, each
 * with its own imports of packages: `govkg extract` never loads the database driver or
 * the GraphQL server.
 */
export function entryOptions(outName, source, outRoot) {
  const base = path.posix.basename(outName);
  return {
    entryPoints: { [base]: source },
    outdir: path.join(outRoot, path.posix.dirname(outName)),
    outExtension: { ".js": ".mjs" },
    splitting: true,
    // Chunks sit beside their entry, at its depth, so rootBanner holds for them too.
    chunkNames: `${base}-[name]-[hash]`,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    banner: { js: rootBanner(outName) },
    plugins: [sourceMetaUrl],
  };
}

function newestMtime(files) {
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

/** Builds every entry into a fresh folder and swaps it in, then records the inputs. */
export async function buildDist({ quiet = false } = {}) {
  const started = Date.now();
  const entries = buildEntries();
  const staging = `${DIST_DIR}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    return await buildInto(staging, entries, started, quiet);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function buildInto(staging, entries, started, quiet) {
  const inputs = new Set();
  for (const [outName, source] of Object.entries(entries)) {
    const result = await build({ ...entryOptions(outName, source, staging), logLevel: quiet ? "silent" : "warning" });
    for (const input of Object.keys(result.metafile.inputs)) {
      if (!input.includes("node_modules/")) inputs.add(path.relative(ROOT, path.resolve(ROOT, input)).split(path.sep).join("/"));
    }
  }
  const sortedInputs = [...inputs].sort();
  // Build time is taken before reading the sources, so a file saved during the build
  // counts as newer than the build.
  const info = { version: BUILD_INFO_VERSION, builtAt: started, entries: Object.keys(entries), inputs: sortedInputs };
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, "build-info.json"), `${JSON.stringify(info, null, 2)}\n`);
  rmSync(DIST_DIR, { recursive: true, force: true });
  renameSync(staging, DIST_DIR);
  if (!quiet) {
    const newest = newestMtime(sortedInputs.map((file) => path.join(ROOT, file)));
    process.stdout.write(
      `dist/: ${Object.keys(entries).length} entries from ${sortedInputs.length} source files in ${Date.now() - started} ms` +
        `${newest > started ? " (a source changed during the build: it will be rebuilt or run through tsx)" : ""}\n`,
    );
  }
  return info;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  // `--prepare` (npm install): a tree that does not build yet must not fail the install,
  // since bin/govkg.mjs then runs the sources through tsx anyway.
  const prepare = process.argv.includes("--prepare");
  try {
    await buildDist({ quiet: prepare });
  } catch (error) {
    if (!prepare) throw error;
    const first = error instanceof Error ? error.message.split("\n").slice(0, 2).join(" ") : String(error);
    process.stderr.write(`govkg: dist/ not built, so govkg runs the sources through tsx (${first})\n`);
  }
}
