import type { Command } from "commander";

// Placeholder until the owning stage lands.
export function registerNeo4j(program: Command): void {
  program.command("neo4j").description("(not available yet)").action(() => {
    throw new Error("govkg neo4j is not available yet");
  });
}
