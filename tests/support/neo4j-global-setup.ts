import { closeDriver } from "../../src/graph/connection.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ensureNeo4j, stopNeo4j } from "../../src/graph/server/index.ts";

/**
 * Starts the project's Neo4j unless one already answers (or NEO4J_URI names one),
 * applies the schema, and at teardown stops the server only if this setup started it,
 * so a server someone else is using keeps running.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const handle = await ensureNeo4j({ progress: (line) => process.stderr.write(`[neo4j] ${line}\n`) });
  if (handle.startedHere) {
    process.stderr.write(`[neo4j] started ${handle.version} at ${handle.uri} (resolve ${handle.resolveMs} ms, boot ${handle.bootMs} ms)\n`);
  }
  try {
    await migrate();
  } finally {
    await closeDriver();
  }
  return async () => {
    if (handle.startedHere) await stopNeo4j();
  };
}
