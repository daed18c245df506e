import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { JsonlExport, streamGraph, type ExportSummary } from "../export/index.ts";
import { graphTarget, type GraphTarget } from "./graph-stats.ts";

export type BackupSummary = ExportSummary & GraphTarget & { readonly file: string };

/**
 * Writes GovKG's graph to one JSONL file (the `export --format jsonl` lines; gzipped
 * when the name ends in .gz). It is written beside the target and renamed at the end,
 * so an existing backup is never left half overwritten.
 */
export async function backupGraph(file: string): Promise<BackupSummary> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial${path.extname(file)}`;
  const summary = await streamGraph(new JsonlExport(partial));
  await rename(partial, file);
  return { ...summary, ...graphTarget(), file };
}
