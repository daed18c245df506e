import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import type { VersionClock } from "./graph-version.ts";

// The report pages, charts and guide (src/pages) answer these paths.
const PAGE_PATH = /^\/(reports|indicators|projects|guide)(\/|$)/;

const etagOf = (version: string, url: URL): string =>
  `"${createHash("sha256").update(`${version}\n${url.pathname}${url.search}`).digest("base64url").slice(0, 32)}"`;

/**
 * HTTP revalidation for the pages: each page answer carries an ETag made of the graph
 * version and its URL, and `cache-control: no-cache`, so a browser asks again every time
 * and gets 304 without the page being rendered while the graph is unchanged. The version
 * is read before the page, so a page is never older than its ETag says.
 */
export function usePageETags(clock: VersionClock): Plugin {
  const tags = new WeakMap<Request, string>();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if ((request.method !== "GET" && request.method !== "HEAD") || !PAGE_PATH.test(url.pathname)) return;
      const version = await clock.current().catch(() => null);
      if (version === null) return;
      const etag = etagOf(version, url);
      const asked = request.headers.get("if-none-match");
      if (asked?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag, "cache-control": "no-cache" } }));
        return;
      }
      tags.set(request, etag);
    },
    onResponse({ request, response }) {
      const etag = tags.get(request);
      if (etag === undefined || response.status !== 200) return;
      response.headers.set("etag", etag);
      response.headers.set("cache-control", "no-cache");
    },
  };
}
