import { connectionSettings, closeDriver } from "../../src/graph/connection.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ensureNeo4j, stopNeo4j } from "../../src/local-neo4j/index.ts";
import { claimTestDatabase } from "./test-database.ts";
import { shareResolvedJars } from "../../src/local-neo4j/index.ts";
import { useTestSettings } from "./test-env.ts";

/**
 * Starts the tests' own Neo4j (never the user's: see test-env.ts) unless it already
 * answers, claims its database with the test marker, applies the schema, and at
 * teardown stops the server only if this setup started it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  useTestSettings();
  const { loadEnv } = await import("../../src/config/env.ts");
  const env = loadEnv({ ...process.env });
  if (connectionSettings(env).local) await shareResolvedJars(env);
  const handle = await ensureNeo4j({ env, progress: (line) => process.stderr.write(`[neo4j] ${line}\n`) });
  if (handle.startedHere) {
    process.stderr.write(`[neo4j] started the tests' server ${handle.version} at ${handle.uri} (resolve ${handle.resolveMs} ms, boot ${handle.bootMs} ms)\n`);
  }
  try {
    await claimTestDatabase(handle.uri);
    await migrate();
  } finally {
    await closeDriver();
  }
  return async () => {
    if (handle.startedHere) await stopNeo4j({ env });
  };
}
