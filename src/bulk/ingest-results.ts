import { settleUnsettled } from "../graph/write/index.ts";
import { migrate } from "../graph/migrate.ts";
import { writeDocument } from "../pipeline/index.ts";
import { linkProjects } from "../pipeline/link-projects.ts";
import { pairTargetOutcomes } from "../pipeline/pair-targets.ts";
import { addToSummary, EMPTY_SUMMARY, mergeSummaries, type IngestSummary } from "../pipeline/ingest-summary.ts";
import { createResolver, NO_USER_ALIASES, resolveReport, type Resolver, type UserAliases } from "../resolve/index.ts";
import { storedSources } from "./bulk-sources.ts";
import { latestResults } from "./latest-results.ts";

export interface IngestResultsOptions {
  readonly aliases?: UserAliases;
  readonly force?: boolean;
  readonly onProgress?: (progress: { readonly total: number; readonly done: number; readonly source: string }) => void;
}

/**
 * The corpus steps an ingest runs after its batch, in its order: links across each
 * scope's reports, derived properties of the entities touched, target/outcome pairs.
 */
export async function finishCorpus(resolver: Resolver): Promise<IngestSummary> {
  let summary = EMPTY_SUMMARY;
  for (const step of [() => linkProjects(resolver), settleUnsettled, pairTargetOutcomes]) {
    const started = performance.now();
    summary = addToSummary(summary, { counters: await step(), writeMs: performance.now() - started });
  }
  return summary;
}

/**
 * `govkg ingest --from DIR`: loads the results `govkg extract --out DIR` wrote (the
 * newest of each source) through the transactional write path, source by source as
 * an ingest of the sources writes them, then runs the corpus steps once, so the graph
 * is the one ingesting the sources gives. A result file with a bad line is a failure
 * naming `file:line`; the others still land.
 */
export async function ingestResults(dir: string, options: IngestResultsOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const total = (await latestResults(dir)).files.length;
  await migrate();
  const resolver = createResolver(options.aliases ?? NO_USER_ALIASES);
  let summary = EMPTY_SUMMARY;
  let done = 0;
  for await (const result of storedSources(dir)) {
    done += 1;
    if (!result.ok) {
      summary = addToSummary(summary, { files: 1, reportsFailed: 1, failures: [result.failure] });
      options.onProgress?.({ total, done, source: result.failure.source });
      continue;
    }
    const resolveStarted = performance.now();
    const graphs = result.lines.map((line) => resolveReport(line.report, resolver, line.text));
    const diagnostics = result.lines.reduce((n, line) => n + line.report.diagnostics.length, 0);
    summary = addToSummary(summary, { files: 1, bytes: result.bytes, diagnostics, extractMs: performance.now() - resolveStarted });
    summary = mergeSummaries(summary, await writeDocument(result.source, graphs, { force: options.force ?? false }));
    options.onProgress?.({ total, done, source: result.source });
  }
  summary = mergeSummaries(summary, await finishCorpus(resolver));
  return { ...summary, durationMs: performance.now() - started };
}
