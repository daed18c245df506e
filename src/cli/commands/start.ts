import type { Command } from "commander";
import { startServer } from "../../api/index.ts";
import { closeDriver } from "../../graph/index.ts";
import { ensureNeo4j } from "../../local-neo4j/index.ts";
import { ingestPaths, loadAliases } from "../../pipeline/index.ts";
import { formatIngestSummary } from "./ingest.ts";

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * The main job: Neo4j up, the given paths (default `fixtures/reports`) ingested, the
 * GraphQL API served. Neo4j keeps running after Ctrl-C so Browser stays usable;
 * `govkg neo4j stop` ends it.
 */
export function registerStart(program: Command): void {
  program
    .command("start")
    .description("start Neo4j, ingest the fixtures (or the given paths), and serve GraphQL")
    .argument("[paths...]", "files or directories to ingest", ["fixtures/reports"])
    .option("--aliases <file>", "user aliases (JSON: merge and forbid lists)")
    .action(async (paths: string[], options: { aliases?: string }) => {
      const neo4j = await ensureNeo4j({ progress: (line) => process.stderr.write(`${line}\n`) });
      const timing = neo4j.startedHere
        ? ` (${neo4j.resolved ? "cold" : "warm"} start: resolve ${seconds(neo4j.resolveMs)}, boot ${seconds(neo4j.bootMs)})`
        : " (already running)";
      process.stdout.write(`Neo4j ${neo4j.version} at ${neo4j.uri}${timing}\n`);

      process.stdout.write(`Ingesting ${paths.join(", ")} …\n`);
      const summary = await ingestPaths(paths, { aliases: await loadAliases(options.aliases) });
      process.stdout.write(formatIngestSummary(summary));

      const server = await startServer();
      process.stdout.write(`\nGraphQL:        ${server.url}  (GraphiQL in a browser)\n`);
      const origin = new URL(server.url).origin;
      process.stdout.write(`Report pages:   ${origin}/reports  (each report's text with its facts highlighted; charts at ${origin}/indicators)\n`);
      if (neo4j.browserUrl) {
        process.stdout.write(`Neo4j Browser:  ${neo4j.browserUrl}  (connect to ${neo4j.uri}, no authentication)\n`);
        process.stdout.write(`  GovKG guide:  :play ${origin}/guide\n`);
      }
      process.stdout.write("Ctrl-C stops the API; `npx govkg neo4j stop` stops Neo4j.\n");

      const shutdown = async (): Promise<void> => {
        await server.close();
        await closeDriver();
        process.exit(0);
      };
      process.once("SIGINT", () => void shutdown());
      process.once("SIGTERM", () => void shutdown());
    });
}
