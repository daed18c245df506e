import { InvalidArgumentError, type Command } from "commander";
import { startServer } from "../../api/index.ts";
import { closeDriver } from "../../graph/index.ts";
import { ensureNeo4j } from "../../local-neo4j/index.ts";

/** Ensures Neo4j, serves the API and prints where. */
async function serveApi(options: { host?: string; port?: number } = {}): Promise<void> {
  const neo4j = await ensureNeo4j({ progress: (message) => process.stderr.write(`${message}\n`) });
  const server = await startServer(options);
  process.stdout.write(`GovKG GraphQL API: ${server.url} (GraphiQL in a browser)\n`);
  process.stdout.write(`Neo4j: ${neo4j.uri}\n`);
  const stop = async () => {
    await server.close();
    await closeDriver();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("a port number from 0 to 65535");
  return port;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Serve the GraphQL API (GraphiQL at /graphql, health at /healthz); starts the local Neo4j if needed")
    .option("--host <host>", "address to listen on (default GOVKG_HOST, 127.0.0.1)")
    .option("--port <port>", "port to listen on (default GOVKG_PORT, 4000)", parsePort)
    .action(async (flags: { host?: string; port?: number }) => {
      await serveApi({
        ...(flags.host === undefined ? {} : { host: flags.host }),
        ...(flags.port === undefined ? {} : { port: flags.port }),
      });
    });
}
