import { z } from "zod";
import { IdArgs, SearchArgs, parseArgs } from "../inputs.ts";
import { toLuceneQuery } from "../lucene.ts";
import { pageSize } from "../pagination.ts";
import { KEYED_LABELS, OWNED_LABELS, globalId, parseGlobalId } from "../refs.ts";
import type { GraphQLResolveInfo } from "graphql";
import { nestedLimit } from "../selection.ts";
import { nestedSlice, type ResolverDeps } from "./deps.ts";

const NodeRefRow = z.object({
  labels: z.array(z.string()),
  key: z.string().nullable(),
  id: z.string().nullable(),
  name: z.string(),
});
type NodeRefRow = z.infer<typeof NodeRefRow>;

const SearchRow = NodeRefRow.extend({ score: z.number() });

const NodeRow = z.object({
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
  neighbours: z.array(NodeRefRow.extend({ type: z.string(), outgoing: z.boolean() })),
});

const COUNTED = [
  "reports",
  "sections",
  "evidence",
  "projects",
  "departments",
  "organizations",
  "problems",
  "indicators",
  "observations",
  "issuers",
  "regions",
  "relationships",
] as const;
const StatsRow = z.object(Object.fromEntries(COUNTED.map((name) => [name, z.number().int()])) as Record<(typeof COUNTED)[number], z.ZodNumber>);

const LABEL_OF: Record<Exclude<(typeof COUNTED)[number], "relationships">, string> = {
  reports: "Report",
  sections: "Section",
  evidence: "Evidence",
  projects: "Project",
  departments: "Department",
  organizations: "Organization",
  problems: "Problem",
  indicators: "Indicator",
  observations: "Observation",
  issuers: "Issuer",
  regions: "Region",
};

/** A node's label among ours, its global id and display name. */
function nodeRef(row: NodeRefRow) {
  const keyed = KEYED_LABELS.find((label) => row.labels.includes(label));
  const owned = OWNED_LABELS.find((label) => row.labels.includes(label));
  const label = keyed ?? owned ?? row.labels[0] ?? "Node";
  const id = keyed && row.key !== null ? globalId(keyed, row.key) : (row.id ?? row.key ?? "");
  return { id, label, name: row.name };
}

// Neo4j integers past 2^53 arrive as bigint, which JSON cannot carry natively.
const json = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner));

export function exploreResolvers({ read, limits }: ResolverDeps) {
  return {
    Query: {
      search: async (_parent: unknown, args: unknown) => {
        const { text, first } = parseArgs(SearchArgs, args);
        const query = toLuceneQuery(text);
        if (query === null) return [];
        const rows = await read("search", { query, limit: pageSize(first, limits.defaultPageSize, limits) }, SearchRow);
        return rows.map((row) => ({ node: nodeRef(row), score: row.score }));
      },
      node: async (_parent: unknown, args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        const target = parseGlobalId(parseArgs(IdArgs, args).id);
        const params = "id" in target ? { id: target.id, label: null, key: null } : { id: null, ...target };
        const [row] = await read("node", { ...params, limit: nestedLimit(info, ["neighbours"], limits) }, NodeRow);
        if (!row) return null;
        const self = nodeRef({
          labels: row.labels,
          key: typeof row.properties.key === "string" ? row.properties.key : null,
          id: typeof row.properties.id === "string" ? row.properties.id : null,
          name: ["name", "title", "heading", "text"].map((name) => row.properties[name]).find((value) => typeof value === "string") ?? "",
        });
        return {
          ...self,
          properties: Object.keys(row.properties)
            .sort()
            .map((key) => ({ key, value: json(row.properties[key]) })),
          neighbours: row.neighbours.map((neighbour) => ({
            relationship: neighbour.type,
            direction: neighbour.outgoing ? "out" : "in",
            node: nodeRef(neighbour),
          })),
        };
      },
      stats: async () => {
        const [row] = await read("stats", {}, StatsRow);
        if (!row) throw new Error("stats returned no row");
        const labels = Object.entries(LABEL_OF).map(([field, label]) => ({ label, count: row[field as keyof typeof LABEL_OF] }));
        return { ...row, labels };
      },
    },
    GraphNode: {
      neighbours: (parent: { neighbours: readonly unknown[] }, args: unknown) => nestedSlice(parent.neighbours, args, limits),
    },
  };
}
