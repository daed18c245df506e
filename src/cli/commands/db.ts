import type { Command } from "commander";
import { closeDriver } from "../../graph/connection.ts";
import { migrate, wipeGraph } from "../../graph/migrate.ts";
import { ensureNeo4j } from "../../graph/server/index.ts";

const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export function registerDb(program: Command): void {
  const db = program.command("db").description("manage the graph's schema and contents");

  db.command("migrate")
    .description("create the constraints and indexes in cypher/schema (safe to repeat)")
    .action(async () => {
      const handle = await ensureNeo4j({ progress });
      try {
        const result = await migrate();
        process.stdout.write(
          `Schema applied to ${handle.uri}: ${result.statements} statements; ` +
            `${result.constraints.length} constraints, ${result.indexes.length} indexes now present.\n`,
        );
      } finally {
        await closeDriver();
      }
    });

  db.command("wipe")
    .description("delete every node and relationship (constraints and indexes stay)")
    .option("--yes", "confirm that everything in the graph should be deleted")
    .action(async (options: { yes?: boolean }) => {
      if (!options.yes) throw new Error('db wipe deletes the whole graph; repeat with --yes to confirm');
      const handle = await ensureNeo4j({ progress });
      try {
        const nodes = await wipeGraph();
        process.stdout.write(`Deleted ${nodes} nodes from ${handle.uri}.\n`);
      } finally {
        await closeDriver();
      }
    });
}
