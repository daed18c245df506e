import { createHash } from "node:crypto";
import { useResponseCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { VersionClock } from "./graph-version.ts";

export interface ResponseCacheOptions {
  /** The graph version, read fresh for every request (coalesced). */
  readonly clock: VersionClock;
  /** Most answers kept for the current version; the least recently used go first. Default 2000. */
  readonly maxEntries?: number;
}

export const DEFAULT_CACHE_ENTRIES = 2000;

// Keys are `<graph version>|<hash of document, variables, operation>`.
const SEPARATOR = "|";
const versionOf = (key: string): string => key.slice(0, key.indexOf(SEPARATOR));

/**
 * Answers of one graph version only: the first key of a newer version drops them all,
 * so an ETag or key of an older version can never be answered from here.
 */
export class VersionedCache implements Cache {
  private version: string | undefined;
  private readonly entries = new Map<string, { result: ExecutionResult; expires: number }>();

  constructor(private readonly maxEntries: number) {}

  /** Makes `version` the current one (none: unknown); answers of any other version are dropped. */
  advance(version: string | undefined): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): ExecutionResult | undefined {
    if (versionOf(key) !== this.version) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: ExecutionResult, _entities: unknown, ttl: number): void {
    // An answer computed under a version that has since changed is not kept.
    if (versionOf(key) !== this.version || ttl <= 0) return;
    this.entries.set(key, { result, expires: Date.now() + ttl });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  // The graph version replaces entity invalidation: every write changes it.
  invalidate(): void {}
}

/** Requests that are never cached: anything carrying credentials (ingestion, admin). */
const bypasses = (request: Request): boolean => request.headers.has("authorization");

/**
 * Caches query answers by graph version (`@graphql-yoga/plugin-response-cache`). Each
 * request reads the version fresh (one indexed read, shared by concurrent requests), so
 * a query sent after a write has committed never gets an answer from before it. With no
 * version yet (empty or bulk-imported graph) nothing is cached; mutations never are.
 * Cached answers carry an ETag; `If-None-Match` with the current one answers 304.
 */
export function useVersionedResponseCache(options: ResponseCacheOptions): Plugin {
  const cache = new VersionedCache(options.maxEntries ?? DEFAULT_CACHE_ENTRIES);
  const uncached = new WeakSet<Request>();

  // When the version cannot be read (Neo4j down) nothing is answered from the cache:
  // the query runs and reports the outage itself.
  const freshVersion = async (request: Request): Promise<string | null> => {
    const version = await options.clock.current().catch(() => null);
    if (version === null) uncached.add(request);
    cache.advance(version ?? undefined);
    return version;
  };

  const responseCache = useResponseCache({
    session: () => null,
    cache,
    invalidateViaMutation: false,
    enabled: (request) => !bypasses(request) && !uncached.has(request),
    buildResponseCacheKey: async ({ request, documentString, variableValues, operationName }) => {
      if (bypasses(request)) return "bypass";
      const version = await freshVersion(request);
      if (version === null) return "unversioned";
      const hash = createHash("sha256").update(JSON.stringify([documentString, variableValues ?? null, operationName ?? null])).digest("base64url");
      return `${version}${SEPARATOR}${hash}`;
    },
  });

  // The response cache answers If-None-Match from its store before the request is
  // parsed; reading the version first drops the answers of an older version.
  const revalidate: Plugin = {
    async onRequest({ request }) {
      if (!bypasses(request) && request.headers.has("if-none-match")) await freshVersion(request);
    },
  };
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(revalidate);
      addPlugin(responseCache);
    },
  };
}
