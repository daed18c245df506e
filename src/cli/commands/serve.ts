import type { Command } from "commander";

// Placeholder until the owning stage lands.
export function registerServe(program: Command): void {
  program.command("serve").description("(not available yet)").action(() => {
    throw new Error("govkg serve is not available yet");
  });
}
