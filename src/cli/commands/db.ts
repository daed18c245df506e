import type { Command } from "commander";

// Placeholder until the owning stage lands.
export function registerDb(program: Command): void {
  program.command("db").description("(not available yet)").action(() => {
    throw new Error("govkg db is not available yet");
  });
}
