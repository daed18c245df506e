import { withSession } from "../../../../src/graph/connection.ts";
import { TEST_MARKER } from "../../../support/test-database.ts";

/**
 * Every node's and relationship's property names with their Neo4j types (`INTEGER NOT
 * NULL`, `FLOAT NOT NULL`, `LIST<STRING NOT NULL> NOT NULL`), as sorted lines: a graph
 * snapshot compares values, this compares what Neo4j stores them as.
 */
export async function propertyTypes(): Promise<string[]> {
  return withSession("read", async (session) => {
    const nodes = await session.run(
      `MATCH (n) WHERE NOT n:${TEST_MARKER}
       RETURN labels(n)[0] + ' ' + coalesce(n.key, n.id) AS owner, [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
    );
    const rels = await session.run(
      `MATCH (a)-[r]->(b)
       RETURN type(r) + ' ' + coalesce(a.key, a.id) + ' ' + coalesce(b.key, b.id) AS owner, [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
    );
    return [...nodes.records, ...rels.records]
      .map((record) => `${String(record.get("owner"))} ${(record.get("types") as string[]).sort().join("; ")}`)
      .sort();
  });
}
