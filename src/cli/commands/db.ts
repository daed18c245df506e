import type { Command } from "commander";
import { backupGraph, closeDriver, describeTarget, graphStats, graphTarget, migrate, restoreGraph, wipeGraph, type GraphStats } from "../../graph/index.ts";
import { ensureNeo4j } from "../../local-neo4j/index.ts";

const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Runs a database command against the configured Neo4j (started locally if need be) and closes the driver. */
async function withGraph(work: () => Promise<void>): Promise<void> {
  await ensureNeo4j({ progress });
  try {
    await work();
  } finally {
    await closeDriver();
  }
}

const contents = (stats: Pick<GraphStats, "reports" | "nodes" | "relationships">): string =>
  `${stats.reports} reports (${stats.nodes} nodes, ${stats.relationships} relationships)`;

export function formatStats(stats: GraphStats): string {
  return [
    `server:        ${stats.uri}`,
    `database:      ${stats.database}`,
    `reports:       ${stats.reports}`,
    `nodes:         ${stats.nodes}`,
    `relationships: ${stats.relationships}`,
  ].join("\n");
}

export function registerDb(program: Command): void {
  const db = program.command("db").description("manage the graph's schema and contents");

  db.command("migrate")
    .description("create the constraints and indexes in cypher/schema (safe to repeat)")
    .action(() =>
      withGraph(async () => {
        const result = await migrate();
        process.stdout.write(
          `Schema applied to ${describeTarget(graphTarget())}: ${result.statements} statements; ` +
            `${result.constraints.length} constraints, ${result.indexes.length} indexes now present.\n`,
        );
      }),
    );

  db.command("stats")
    .description("the server and database GovKG uses, and how many reports, nodes and relationships it holds")
    .option("--json", "one JSON object: uri, database, reports, nodes, relationships")
    .action((options: { json?: boolean }) =>
      withGraph(async () => {
        const stats = await graphStats();
        const { uri, database, reports, nodes, relationships } = stats;
        process.stdout.write(`${options.json ? JSON.stringify({ uri, database, reports, nodes, relationships }) : formatStats(stats)}\n`);
      }),
    );

  db.command("wipe")
    .description("delete every node and relationship (constraints and indexes stay); says what and where first")
    .option("--yes", "confirm the deletion; without it nothing is deleted and the exit status is 1")
    .action((options: { yes?: boolean }) =>
      withGraph(async () => {
        if (!options.yes) {
          const stats = await graphStats();
          process.stderr.write(
            `db wipe would delete ${contents(stats)} from ${describeTarget(stats)}.\n` + "Nothing was deleted; repeat with --yes to delete them.\n",
          );
          process.exitCode = 1;
          return;
        }
        const deleted = await wipeGraph();
        process.stdout.write(`Deleted ${contents(deleted)} from ${describeTarget(deleted)}.\n`);
      }),
    );

  db.command("backup")
    .description("write GovKG's graph to one JSON Lines file (gzipped when FILE ends in .gz)")
    .argument("<file>", "file to write; replaced only once the backup is complete")
    .action((file: string) =>
      withGraph(async () => {
        const summary = await backupGraph(file);
        process.stdout.write(
          `Backed up ${summary.nodes} nodes and ${summary.relationships} relationships from ${describeTarget(summary)} to ${file} in ${seconds(summary.durationMs)}.\n`,
        );
      }),
    );

  db.command("restore")
    .description("read a backup (or an `export --format jsonl` graph.jsonl) into a database without a GovKG graph")
    .argument("<file>", "backup or export file (gzip or not)")
    .option("--replace", "delete the GovKG graph already in the database first (needs --yes)")
    .option("--yes", "confirm --replace")
    .action((file: string, options: { replace?: boolean; yes?: boolean }) =>
      withGraph(async () => {
        if (options.replace && !options.yes) throw new Error("restore --replace deletes the graph in the database first; repeat with --replace --yes to confirm");
        const summary = await restoreGraph(file, { replace: options.replace === true });
        const replaced = summary.replaced.nodes > 0 ? ` after deleting ${summary.replaced.reports} reports (${summary.replaced.nodes} nodes)` : "";
        process.stdout.write(
          `Restored ${summary.nodes} nodes and ${summary.relationships} relationships from ${file} into ${describeTarget(summary)}${replaced} in ${seconds(summary.durationMs)}.\n`,
        );
      }),
    );
}
