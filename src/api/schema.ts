import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { enumResolvers } from "./enums.ts";
import {
  commitmentResolvers,
  departmentResolvers,
  exploreResolvers,
  indicatorResolvers,
  ingestResolvers,
  problemResolvers,
  projectResolvers,
  reportResolvers,
  targetResolvers,
  type ResolverDeps,
} from "./resolvers/index.ts";

const SCHEMA_DIR = fileURLToPath(new URL("../../schema/", import.meta.url));

/** The SDL of schema/*.graphql, in name order. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), "utf8"));
}

type ResolverMap = Record<string, Record<string, unknown>>;

/** Groups define disjoint fields of shared types (Query, Mutation), so a shallow merge per type suffices. */
function mergeResolvers(groups: readonly ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const group of groups) {
    for (const [type, fields] of Object.entries(group)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export function buildSchema(deps: ResolverDeps & { readonly apiKey: string | undefined }): GraphQLSchema {
  const resolvers = mergeResolvers([
    enumResolvers,
    { Query: { ok: () => true } },
    reportResolvers(deps),
    projectResolvers(deps),
    problemResolvers(deps),
    indicatorResolvers(deps),
    departmentResolvers(deps),
    exploreResolvers(deps),
    targetResolvers(deps),
    commitmentResolvers(deps),
    ingestResolvers(deps),
  ] as ResolverMap[]);
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}
