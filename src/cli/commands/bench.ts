import type { Command } from "commander";

// Placeholder until the owning stage lands.
export function registerBench(program: Command): void {
  program.command("bench").description("(not available yet)").action(() => {
    throw new Error("govkg bench is not available yet");
  });
}
