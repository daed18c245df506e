import type { Plugin } from "graphql-yoga";
import { connectionSettings } from "../graph/index.ts";
import { loadEnv } from "../config/env.ts";
import type { PageLinks } from "./layout.ts";
import { createPagesRead } from "./read.ts";
import { answerPage, type PageAnswer } from "./routes.ts";

export { GRAPHIQL_TABS, type GraphiQLTab } from "./graphiql-tabs.ts";
export { answerPage } from "./routes.ts";

export interface PagesOptions {
  /** Path of GraphiQL, linked from every page. */
  readonly graphqlPath: string;
  /** Neo4j Browser's address; default: the local server's when GovKG runs it, otherwise none. */
  readonly browserUrl?: string | null;
}

/** Neo4j Browser of the local server, or null when the graph lives elsewhere (NEO4J_URI). */
export function localBrowserUrl(): string | null {
  const env = loadEnv();
  return connectionSettings(env).local ? `http://127.0.0.1:${env.GOVKG_HTTP_PORT}/browser/` : null;
}

function toResponse(answer: PageAnswer, fetchAPI: { Response: typeof Response }): Response {
  const cors = (crossOrigin: boolean | undefined): Record<string, string> => (crossOrigin ? { "access-control-allow-origin": "*" } : {});
  switch (answer.kind) {
    case "redirect":
      return new fetchAPI.Response(null, { status: 302, headers: { location: answer.location } });
    case "file":
      return new fetchAPI.Response(answer.body, { headers: { "content-type": answer.contentType, ...cors(answer.crossOrigin) } });
    case "html":
      return new fetchAPI.Response(answer.body.value, {
        status: answer.status,
        headers: {
          "content-type": "text/html; charset=utf-8",
          // Pages carry their own inline style and one inline script, and load nothing else.
          "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'",
          ...cors(answer.crossOrigin),
        },
      });
  }
}

/** Serves the report pages, charts and the Browser guide beside the GraphQL endpoint (GET only). */
export function usePages(options: PagesOptions): Plugin {
  const read = createPagesRead();
  const links: PageLinks = {
    graphqlPath: options.graphqlPath,
    browserUrl: options.browserUrl === undefined ? localBrowserUrl() : options.browserUrl,
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const answer = await answerPage(url, { read, links });
      if (answer) endResponse(toResponse(answer, fetchAPI));
    },
  };
}
