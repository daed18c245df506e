import type { Command } from "commander";

// Placeholder until the owning stage lands.
export function registerStart(program: Command): void {
  program.command("start").description("(not available yet)").action(() => {
    throw new Error("govkg start is not available yet");
  });
}
