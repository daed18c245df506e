import cliProgress from "cli-progress";
import type { Command } from "commander";
import { closeDriver } from "../../graph/connection.ts";
import { IngestInterruptedError, ingestPaths, loadAliases, type IngestSummary } from "../../pipeline/index.ts";

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The end-of-run summary, one fact per line. */
export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `files: ${summary.files} (${(summary.bytes / 1024 / 1024).toFixed(2)} MB)${summary.ignored.length > 0 ? `, ${summary.ignored.length} ignored (not a report format: ${summary.ignored.join(", ")})` : ""}`,
    `reports: ${summary.reportsWritten} written, ${summary.reportsSkipped} unchanged, ${summary.reportsRemoved} removed, ${summary.reportsFailed} failed`,
    `nodes: ${summary.nodesCreated} created, ${summary.nodesDeleted} deleted`,
    `relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsDeleted} deleted`,
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

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("Read reports, extract and resolve their entities, and write them to Neo4j")
    .argument("<paths...>", "files or directories")
    .option("--aliases <file>", "user aliases (JSON: merge and forbid lists); default ./aliases.json when present")
    .option("--force", "rewrite reports even when their text is unchanged")
    .action(async (paths: string[], options: { aliases?: string; force?: boolean }) => {
      const aliases = await loadAliases(options.aliases);
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar({ format: "ingest [{bar}] {value}/{total} files | {file}", stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
        : undefined;
      try {
        const summary = await ingestPaths(paths, {
          aliases,
          force: options.force ?? false,
          onProgress: ({ total, done, source }) => {
            if (!bar) return;
            if (done === 1) bar.start(total, 0, { file: "" });
            bar.update(done, { file: source });
          },
        });
        bar?.stop();
        process.stdout.write(formatIngestSummary(summary));
        process.exitCode = summary.reportsFailed > 0 ? 1 : 0;
      } catch (error) {
        bar?.stop();
        // What landed before Neo4j went away, and what a rerun still has to do.
        if (error instanceof IngestInterruptedError) process.stdout.write(formatIngestSummary(error.summary));
        throw error;
      } finally {
        bar?.stop();
        await closeDriver();
      }
    });
}
