import { Option, type Command } from "commander";
import { closeDriver, EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../graph/index.ts";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("Write the whole graph to files: CSV for neo4j-admin import, JSON Lines, or GraphML")
    .addOption(new Option("--format <format>", "output format").choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .requiredOption("--out <dir>", "directory to write into (created if missing)")
    .action(async (options: { format: ExportFormat; out: string }) => {
      try {
        const summary = await exportGraph(options.format, options.out);
        process.stdout.write(
          `exported ${summary.nodes} nodes and ${summary.relationships} relationships as ${options.format} to ${options.out} in ${(summary.durationMs / 1000).toFixed(1)} s\n`,
        );
      } finally {
        await closeDriver();
      }
    });
}
