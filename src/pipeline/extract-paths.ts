import type { ExtractedReport } from "../domain/index.ts";
import { bySource, EMPTY_SUMMARY, type IngestSummary } from "./ingest-summary.ts";
import { runFiles } from "./run-files.ts";
import { pipelineSettings, type PipelineSettings } from "./settings.ts";

/** What `govkg extract` gives: every report, in the order of the files, and the run's summary. */
export interface ExtractRun {
  readonly reports: readonly ExtractedReport[];
  readonly summary: IngestSummary;
}

/**
 * read → structure → extract for every file under `paths`, in the same file loop and
 * worker pool as ingest, with no database. Reports come out in file order whatever
 * thread finished first.
 */
export async function extractPaths(paths: readonly string[], given: Partial<PipelineSettings> = {}): Promise<ExtractRun> {
  const started = performance.now();
  const byFile: ExtractedReport[][] = [];
  const run = await runFiles(paths, pipelineSettings(given), {
    take: (outcome, index) => {
      byFile[index] = [...outcome.reports];
      return Promise.resolve(EMPTY_SUMMARY);
    },
  });
  return { reports: byFile.flatMap((reports) => reports), summary: { ...run.summary, failures: [...run.summary.failures].sort(bySource), durationMs: performance.now() - started } };
}
