import { z } from "zod";
import { connectionSettings, readQuery } from "../connection.ts";
import { NODE_SCHEMA } from "../export/export-schema.ts";

const Count = z.number().int().nonnegative();
const GraphStatsRow = z.object({ reports: Count, nodes: Count, relationships: Count });
const ModelStatsRow = z.object({ reports: Count, nodes: Count });

/** Which server and database a command acts on, so it can say so before it changes anything. */
export interface GraphTarget {
  readonly uri: string;
  readonly database: string;
}

export type GraphStats = GraphTarget & z.infer<typeof GraphStatsRow>;
export type ModelStats = GraphTarget & z.infer<typeof ModelStatsRow>;

export function graphTarget(): GraphTarget {
  const { uri, database } = connectionSettings();
  return { uri, database };
}

/** Reports, and every node and relationship of the database (GovKG's or not). */
export async function graphStats(): Promise<GraphStats> {
  const [row] = await readQuery("admin/graph-stats", {}, GraphStatsRow);
  return { ...graphTarget(), ...(row ?? { reports: 0, nodes: 0, relationships: 0 }) };
}

/** GovKG's own graph in the database: reports, and nodes of the model's labels. */
export async function modelStats(): Promise<ModelStats> {
  const [row] = await readQuery("admin/model-stats", { labels: Object.keys(NODE_SCHEMA) }, ModelStatsRow);
  return { ...graphTarget(), ...(row ?? { reports: 0, nodes: 0 }) };
}

/** "bolt://127.0.0.1:7687, database neo4j": how messages name a graph. */
export const describeTarget = (target: GraphTarget): string => `${target.uri}, database ${target.database}`;
