import type { Command } from "commander";

// Placeholder until the owning stage lands.
export function registerExport(program: Command): void {
  program.command("export").description("(not available yet)").action(() => {
    throw new Error("govkg export is not available yet");
  });
}
