import { withSession } from "../../src/graph/connection.ts";

/**
 * The test database carries one marker node, written by the tests' global setup into an
 * empty database. Nothing in the tests wipes a database without it: a graph someone
 * built is never mistaken for test data.
 */
export const TEST_MARKER = "GovKGTestMarker";

async function count(query: string): Promise<number> {
  return withSession("read", async (session) => Number((await session.run(query)).records[0]?.get("n") ?? 0));
}

/** Writes the marker into an empty database; refuses a database that holds data the tests did not make. */
export async function claimTestDatabase(uri: string): Promise<void> {
  if ((await count(`MATCH (m:${TEST_MARKER}) RETURN count(m) AS n`)) > 0) return;
  const nodes = await count("MATCH (n) RETURN count(n) AS n");
  if (nodes > 0) {
    throw new Error(
      `refusing to run the database tests against ${uri}: it holds ${nodes} nodes that the tests did not make ` +
        `(no :${TEST_MARKER} node). Point GOVKG_TEST_NEO4J_URI at an empty database, or leave it unset so the tests start their own.`,
    );
  }
  await withSession("write", async (session) => {
    await session.run(`MERGE (m:${TEST_MARKER} {id: 'govkg-tests'}) ON CREATE SET m.createdAt = toString(datetime())`);
  });
}

/** Throws unless the connected database is the tests' own. */
export async function assertTestDatabase(): Promise<void> {
  if ((await count(`MATCH (m:${TEST_MARKER}) RETURN count(m) AS n`)) === 0) {
    throw new Error(`refusing to wipe: the connected database has no :${TEST_MARKER} node, so it is not the tests' database`);
  }
}
