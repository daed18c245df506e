import type { Command } from "commander";
import type { ExtractOutput } from "../../domain/index.ts";
import { expandPaths, isReadError, readSource } from "../../read/index.ts";
import { extractDocument } from "../../pipeline/index.ts";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Read reports and print what was extracted from them")
    .argument("<paths...>", "files or directories")
    .option("--json", "print the extraction as JSON")
    .action(async (paths: string[]) => {
      const output: ExtractOutput = { reports: [], errors: [] };
      for (const path of await expandPaths(paths)) {
        const doc = await readSource(path);
        if (isReadError(doc)) {
          output.errors.push(doc);
          continue;
        }
        output.reports.push(...extractDocument(doc));
      }
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      process.exitCode = output.errors.length > 0 ? 1 : 0;
    });
}
