import type { Command } from "commander";
import { ensureNeo4j, neo4jStatus, stopNeo4j, type Neo4jHandle } from "../../local-neo4j/index.ts";

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function describeStart(handle: Neo4jHandle): string {
  const lines = [
    handle.startedHere
      ? `Neo4j ${handle.version} started (pid ${handle.pid ?? "?"}).`
      : `Neo4j ${handle.version} is already running${handle.external ? " (NEO4J_URI; nothing started)" : handle.pid ? ` (pid ${handle.pid})` : " (not started by GovKG)"}.`,
    `  Bolt:    ${handle.uri}`,
  ];
  if (handle.browserUrl) lines.push(`  Browser: ${handle.browserUrl}`);
  if (handle.startedHere) {
    const kind = handle.resolved ? "cold start (jars resolved by Maven)" : "warm start (jars already resolved)";
    lines.push(`  ${kind}: resolve ${seconds(handle.resolveMs)}, boot ${seconds(handle.bootMs)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerNeo4j(program: Command): void {
  const neo4j = program.command("neo4j").description("run the local Neo4j (Community 5.26 LTS) that GovKG uses unless NEO4J_URI is set");

  neo4j
    .command("start")
    .description("start the local Neo4j if it is not running; prints the Bolt and Browser URLs")
    .action(async () => {
      const handle = await ensureNeo4j({ progress: (line) => process.stderr.write(`${line}\n`) });
      process.stdout.write(describeStart(handle));
    });

  neo4j
    .command("stop")
    .description("stop the local Neo4j that GovKG started")
    .action(async () => {
      const outcome = await stopNeo4j();
      const messages = {
        stopped: "Neo4j stopped.",
        not_running: "Neo4j was not running.",
        not_ours: "A server answers on the Bolt port but GovKG did not start it; left running.",
        external: "NEO4J_URI is set; GovKG does not stop that server.",
      } as const;
      process.stdout.write(`${messages[outcome]}\n`);
    });

  neo4j
    .command("status")
    .description("say whether Neo4j answers Bolt; exit status 1 when it does not")
    .action(async () => {
      const status = await neo4jStatus();
      if (status.running) {
        process.stdout.write(`running: Neo4j ${status.version ?? ""} at ${status.uri}${status.pid ? ` (pid ${status.pid})` : status.external ? " (NEO4J_URI)" : ""}\n`);
        if (status.browserUrl) process.stdout.write(`  Browser: ${status.browserUrl}\n`);
      } else {
        process.stdout.write(`not running (${status.uri})\n`);
        process.exitCode = 1;
      }
    });
}
