import type { Command } from "commander";

// Placeholder until the owning stage lands.
export function registerIngest(program: Command): void {
  program.command("ingest").description("(not available yet)").action(() => {
    throw new Error("govkg ingest is not available yet");
  });
}
