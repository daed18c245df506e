import neo4j from "neo4j-driver";
import { z } from "zod";
import { checkRow, connectionSettings, cypher, getDriver, toGraphError } from "../connection.ts";
import { toPlain } from "../plain-values.ts";
import { NODE_SCHEMA } from "./export-schema.ts";

const Properties = z.record(z.string(), z.unknown());

const ExportNodeSchema = z.object({ label: z.string(), id: z.string(), properties: Properties }).readonly();
export type ExportNode = z.infer<typeof ExportNodeSchema>;

const ExportRelationshipSchema = z
  .object({ type: z.string(), startLabel: z.string(), startId: z.string(), endLabel: z.string(), endId: z.string(), properties: Properties })
  .readonly();
export type ExportRelationship = z.infer<typeof ExportRelationshipSchema>;

/**
 * Streams the rows of a named export statement record by record: the driver pulls the
 * next batch only as the consumer asks, so the graph is never held in memory.
 */
async function* stream<S extends z.ZodType>(name: string, params: Record<string, unknown>, row: S): AsyncGenerator<z.infer<S>> {
  const statement = cypher(name);
  const session = getDriver().session({ database: connectionSettings().database, defaultAccessMode: neo4j.session.READ });
  try {
    let index = 0;
    for await (const record of session.run(statement.text, params)) {
      yield checkRow(row, toPlain(record.toObject()), name, index, params);
      index += 1;
    }
  } catch (error) {
    throw toGraphError(error, name);
  } finally {
    await session.close();
  }
}

// Only GovKG's own labels: a database may hold other nodes (the tests' marker, a user's own data).
const labels = { labels: Object.keys(NODE_SCHEMA) };
export const streamNodes = (): AsyncGenerator<ExportNode> => stream("export/nodes", labels, ExportNodeSchema);
export const streamRelationships = (): AsyncGenerator<ExportRelationship> => stream("export/relationships", labels, ExportRelationshipSchema);
