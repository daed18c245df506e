import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { loadEnv } from "../config/env.ts";
import { GRAPHIQL_TABS, usePages } from "../pages/index.ts";
import { readGraphVersion } from "../graph/index.ts";
import { createGraphRead } from "./graph-read.ts";
import { createVersionClock } from "./graph-version.ts";
import { useHealthz } from "./health.ts";
import { costLimitRule, depthLimitRule, useBodyLimit } from "./limits/index.ts";
import type { PageLimits } from "./pagination.ts";
import { usePageETags } from "./page-etags.ts";
import { DEFAULT_CACHE_ENTRIES, useVersionedResponseCache } from "./response-cache.ts";
import { buildSchema } from "./schema.ts";

export interface ApiOptions {
  /** Key that ingestReport requires; null turns ingestion off. Default: GOVKG_API_KEY. */
  readonly apiKey?: string | null;
  /** Default: GOVKG_MAX_PAGE_SIZE. */
  readonly maxPageSize?: number;
  readonly maxDepth?: number;
  readonly maxCost?: number;
  readonly maxBodyBytes?: number;
  readonly graphiql?: boolean;
  /** Report pages, charts and the Neo4j Browser guide (src/pages). Default true. */
  readonly pages?: boolean;
  /**
   * Answers to queries kept per graph version (src/api/response-cache.ts): the most kept,
   * or false for none. Default 2000 (DEFAULT_CACHE_ENTRIES).
   */
  readonly responseCache?: number | false;
  /** Yoga's logger; masked errors are logged here in full. Default "error". */
  readonly logging?: boolean | "debug" | "info" | "warn" | "error";
}

// The standard introspection query that GraphiQL sends is 13 fields deep.
export const DEFAULT_MAX_DEPTH = 15;
export const DEFAULT_MAX_COST = 20_000;
// A long national report is about 100 KB of UTF-8; ingestion must fit with room to spare.
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

const EXAMPLE_QUERY = `# Projects that recur across report years
query {
  recurringProjects(minYears: 2, first: 5) {
    items {
      project { id name aliases kind }
      years
      reportCount
      mentions(first: 3) { report { title year } status evidence { text } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export type GovkgYoga = YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;

/** The GraphQL API as a Yoga instance: serve it with node:http or call `yoga.fetch` in-process. */
export function createApi(options: ApiOptions = {}): GovkgYoga {
  const env = loadEnv();
  const maxPageSize = options.maxPageSize ?? env.GOVKG_MAX_PAGE_SIZE;
  const limits: PageLimits = {
    maxPageSize,
    defaultPageSize: Math.min(20, maxPageSize),
    defaultNestedSize: Math.min(10, maxPageSize),
  };
  const read = createGraphRead();
  // One version clock for the response cache and the pages' ETags: concurrent requests share its reads.
  const versions = createVersionClock(readGraphVersion);
  const apiKey = options.apiKey === undefined ? env.GOVKG_API_KEY : (options.apiKey ?? undefined);
  const depthRule = depthLimitRule(options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const costRule = costLimitRule({ maxCost: options.maxCost ?? DEFAULT_MAX_COST, limits });
  const limitRules: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(depthRule);
      addValidationRule(costRule);
    },
  };
  return createYoga({
    schema: buildSchema({ read, limits, apiKey }),
    graphqlEndpoint: "/graphql",
    // isDev false even under NODE_ENV=development: clients never see stacks or Cypher.
    maskedErrors: { isDev: false },
    graphiql: options.graphiql === false ? false : { title: "GovKG", defaultQuery: EXAMPLE_QUERY, defaultTabs: [...GRAPHIQL_TABS] },
    // Served from the package rather than a CDN: works offline and loads no third-party script.
    renderGraphiQL,
    logging: options.logging ?? "error",
    // Queries are public and ingestion needs a bearer key that browsers never attach on
    // their own, so any origin may call; credentials (cookies) are never accepted.
    cors: { origin: "*", credentials: false, methods: ["GET", "POST"] },
    plugins: [
      useBodyLimit(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
      useHealthz(read),
      limitRules,
      ...(options.pages === false ? [] : [usePageETags(versions), usePages({ graphqlPath: "/graphql" })]),
      ...(options.responseCache === false ? [] : [useVersionedResponseCache({ clock: versions, maxEntries: options.responseCache ?? DEFAULT_CACHE_ENTRIES })]),
    ],
  });
}
