import type { BuildOptions } from "esbuild";

export declare const DIST_DIR: string;
export declare const BUILD_INFO: string;
export declare const WORKER_DIR: string;
/** Output name (relative to dist/, no extension) → source file, for every entry the build emits. */
export declare function buildEntries(): Record<string, string>;
/** esbuild's options for one entry, written under `outRoot` as `<outName>.mjs`, with its chunks beside it. */
export declare function entryOptions(outName: string, source: string, outRoot: string): BuildOptions & { metafile: true };
/** Builds every entry into a fresh folder and swaps it in, then records the inputs. */
export declare function buildDist(options?: { quiet?: boolean }): Promise<{ version: number; builtAt: number; entries: string[]; inputs: string[] }>;
