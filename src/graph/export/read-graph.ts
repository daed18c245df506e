import neo4j from "neo4j-driver";
import { connectionSettings, cypher, getDriver, toGraphError } from "../connection.ts";
import { toPlain } from "../plain-values.ts";
import { NODE_SCHEMA } from "./export-schema.ts";

export interface ExportNode {
  readonly label: string;
  readonly id: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface ExportRelationship {
  readonly type: string;
  readonly startLabel: string;
  readonly startId: string;
  readonly endLabel: string;
  readonly endId: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/**
 * Streams the rows of a named export statement record by record: the driver pulls the
 * next batch only as the consumer asks, so the graph is never held in memory.
 */
async function* stream(name: string, params: Record<string, unknown>): AsyncGenerator<Record<string, unknown>> {
  const statement = cypher(name);
  const session = getDriver().session({ database: connectionSettings().database, defaultAccessMode: neo4j.session.READ });
  try {
    for await (const record of session.run(statement.text, params)) yield toPlain(record.toObject()) as Record<string, unknown>;
  } catch (error) {
    throw toGraphError(error, name);
  } finally {
    await session.close();
  }
}

// Only GovKG's own labels: a database may hold other nodes (the tests' marker, a user's own data).
const labels = { labels: Object.keys(NODE_SCHEMA) };
export const streamNodes = (): AsyncGenerator<ExportNode> => stream("export/nodes", labels) as AsyncGenerator<ExportNode>;
export const streamRelationships = (): AsyncGenerator<ExportRelationship> => stream("export/relationships", labels) as AsyncGenerator<ExportRelationship>;
