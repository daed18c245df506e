import { constants } from "node:os";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { closeDriver } from "../../graph/connection.ts";
import { loadEnv } from "../../config/env.ts";
import { defaultWorkers, IngestInterruptedError, ingestPaths, IngestStoppedError, loadAliases, type IngestSummary } from "../../pipeline/index.ts";
import { formatDiagnosticCounts, parseWorkers } from "../run-options.ts";
import { bulkIngest, ingestResults, type BulkSummary } from "../../bulk/index.ts";

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The end-of-run summary, one fact per line. */
export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `files: ${summary.files} (${(summary.bytes / 1024 / 1024).toFixed(2)} MB)${summary.ignored.length > 0 ? `, ${summary.ignored.length} ignored (not a report format: ${summary.ignored.join(", ")})` : ""}`,
    `reports: ${summary.reportsWritten} written, ${summary.reportsSkipped} unchanged, ${summary.reportsRemoved} removed, ${summary.reportsFailed} failed`,
    `nodes: ${summary.nodesCreated} created, ${summary.nodesDeleted} deleted`,
    `relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsDeleted} deleted`,
    `diagnostics: ${formatDiagnosticCounts(summary.diagnosticCounts)}`,
    `time: ${seconds(summary.durationMs)} (summed over files, which overlap: extract ${seconds(summary.extractMs)}, write ${seconds(summary.writeMs)})`,
  ];
  if (summary.failures.length > 0) {
    lines.push("did not land:");
    for (const f of summary.failures) {
      // Read errors already start with the file name.
      const message = f.message.startsWith(f.source) ? f.message.slice(f.source.length).replace(/^:\s*/u, "") : f.message;
      lines.push(`  ${f.source}${f.reportId ? ` [report ${f.reportId}]` : ""}: ${message} (${f.code})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/** The shell's convention for a run ended by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
export const signalExitCode = (signal: StopSignal): number => 128 + constants.signals[signal];

/**
 * The first Ctrl-C or SIGTERM stops the run taking files and lets the reports in flight
 * commit; a second one exits at once, and Neo4j rolls back the transaction it cut off.
 */
function stopOnSignals(onFirst: (signal: StopSignal) => void): { readonly signal: AbortSignal; readonly received: () => StopSignal | undefined; readonly release: () => void } {
  const controller = new AbortController();
  let received: StopSignal | undefined;
  const handler = (signal: StopSignal): void => {
    if (received !== undefined) {
      process.stderr.write(`\n${signal} again: stopping now; the report being written is rolled back.\n`);
      process.exit(signalExitCode(signal));
    }
    received = signal;
    onFirst(signal);
    controller.abort(signal);
  };
  for (const name of STOP_SIGNALS) process.on(name, handler);
  return {
    signal: controller.signal,
    received: () => received,
    release: () => {
      for (const name of STOP_SIGNALS) process.off(name, handler);
    },
  };
}

/** What a bulk load did, one fact per line. */
export function formatBulkSummary(summary: BulkSummary): string {
  const t = summary.timings;
  const lines = [
    `bulk load into ${summary.uri}, database ${summary.database}`,
    `files: ${summary.files} (${(summary.bytes / 1024 / 1024).toFixed(2)} MB)${summary.ignored.length > 0 ? `, ${summary.ignored.length} ignored (not a report format)` : ""}`,
    `reports: ${summary.reports} loaded, ${summary.failures.length} failed`,
    `imported: ${summary.nodes} nodes, ${summary.relationships} relationships (before links and target pairs)`,
    `time: ${seconds(t.durationMs)} (prepare ${seconds(t.prepareMs)}, import ${seconds(t.importMs)}, restart ${seconds(t.restartMs)}, schema ${seconds(t.schemaMs)}, marking ${seconds(t.settleMs)}, links, derived properties and pairs ${seconds(t.corpusMs)})`,
  ];
  if (summary.failures.length > 0) lines.push("did not land:", ...summary.failures.map((f) => `  ${f.source}${f.reportId ? ` [report ${f.reportId}]` : ""}: ${f.message} (${f.code})`));
  return `${lines.join("\n")}\n`;
}

interface IngestFlags {
  readonly aliases?: string;
  readonly force?: boolean;
  readonly workers?: string;
  readonly from?: string;
  readonly bulk?: boolean;
}

/** `--from DIR` and `--bulk`: extraction results, or a bulk load into an empty database (src/bulk). */
async function ingestBulkOrResults(paths: readonly string[], options: IngestFlags): Promise<void> {
  if (options.from !== undefined && paths.length > 0) throw new Error("give either paths or --from DIR, not both");
  const aliases = await loadAliases(options.aliases);
  try {
    if (options.bulk) {
      if (options.force) throw new Error("--force does not apply to --bulk, which only loads into an empty database");
      const summary = await bulkIngest(options.from !== undefined ? { from: options.from } : { paths }, { aliases, onStep: (line) => process.stderr.write(`${line}\n`) });
      process.stdout.write(formatBulkSummary(summary));
      process.exitCode = summary.failures.length > 0 ? 1 : 0;
      return;
    }
    const summary = await ingestResults(options.from ?? "", { aliases, force: options.force ?? false });
    process.stdout.write(formatIngestSummary(summary));
    process.exitCode = summary.reportsFailed > 0 ? 1 : 0;
  } finally {
    await closeDriver();
  }
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("Read reports, extract and resolve their entities, and write them to Neo4j")
    .argument("[paths...]", "files or directories (none with --from)")
    .option("--aliases <file>", "user aliases (JSON: merge and forbid lists); default ./aliases.json when present")
    .option("--force", "rewrite reports even when their text is unchanged")
    .option("--workers <n>", `extraction threads (default: the number of cores, ${defaultWorkers()} here)`)
    .option("--from <dir>", "load the results govkg extract --out wrote into DIR instead of reading sources")
    .option("--bulk", "into an empty database of the local server: load through neo4j-admin database import (stops and restarts the server)")
    .action(async (paths: string[], options: IngestFlags) => {
      if (options.from !== undefined || options.bulk) return ingestBulkOrResults(paths, options);
      if (paths.length === 0) throw new Error("nothing to ingest: give files or directories, or --from DIR");
      const aliases = await loadAliases(options.aliases);
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar({ format: "ingest [{bar}] {value}/{total} files | {file}", stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
        : undefined;
      const stop = stopOnSignals((signal) => {
        bar?.stop();
        process.stderr.write(`\n${signal}: finishing the reports being written, then stopping (${signal} again stops at once).\n`);
      });
      try {
        const summary = await ingestPaths(paths, {
          aliases,
          workers: parseWorkers(options.workers),
          maxFileBytes: loadEnv().GOVKG_MAX_FILE_MB * 1024 * 1024,
          force: options.force ?? false,
          signal: stop.signal,
          onProgress: ({ total, done, source }) => {
            if (!bar) return;
            if (done === 1) bar.start(total, 0, { file: "" });
            bar.update(done, { file: source });
          },
        });
        bar?.stop();
        process.stdout.write(formatIngestSummary(summary));
        const signal = stop.received();
        process.exitCode = signal ? signalExitCode(signal) : summary.reportsFailed > 0 ? 1 : 0;
      } catch (error) {
        bar?.stop();
        // Stopped by a signal: what was written stays, the summary names what was not.
        if (error instanceof IngestStoppedError) {
          process.stdout.write(formatIngestSummary(error.summary));
          process.stderr.write(`govkg: ${error.message}\n`);
          process.exitCode = signalExitCode(stop.received() ?? "SIGINT");
          return;
        }
        // What landed before Neo4j went away, and what a rerun still has to do.
        if (error instanceof IngestInterruptedError) process.stdout.write(formatIngestSummary(error.summary));
        throw error;
      } finally {
        stop.release();
        bar?.stop();
        await closeDriver();
      }
    });
}
