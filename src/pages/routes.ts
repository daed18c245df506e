import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CYPHER_DIR, GraphError } from "../graph/index.ts";
import { guidePage, loadGuideQueries } from "./guide.ts";
import { html, type Html } from "./html.ts";
import { indicatorIndexPage, indicatorPage } from "./indicator-page.ts";
import { layout, type PageLinks } from "./layout.ts";
import { projectPage } from "./project-page.ts";
import type { PagesRead } from "./read.ts";
import { reportPage } from "./report-page.ts";
import { reportsPage } from "./reports-page.ts";

/** What a route answers: a page, a file, a redirect, or a page saying what went wrong. */
export type PageAnswer =
  | { readonly kind: "html"; readonly status: number; readonly body: Html; readonly crossOrigin?: boolean }
  | { readonly kind: "file"; readonly contentType: string; readonly body: string; readonly crossOrigin: boolean }
  | { readonly kind: "redirect"; readonly location: string };

export interface PageContext {
  readonly read: PagesRead;
  readonly links: PageLinks;
}

const MAX_REPORTS = 500;
const MAX_POINTS = 1000;

const optionalText = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((value) => (value ? value : null));
const optionalYear = z
  .string()
  .trim()
  .regex(/^\d{0,4}$/)
  .nullish()
  .transform((value) => (value ? Number(value) : null))
  .pipe(z.number().int().min(1900).max(2200).nullable());
const ReportsQuery = z.object({ issuer: optionalText, year: optionalYear });
const IndicatorsQuery = z.object({ name: optionalText, issuer: optionalText });

const page = (status: number, body: Html): PageAnswer => ({ kind: "html", status, body });

function notice(status: number, title: string, message: string, links: PageLinks): PageAnswer {
  return page(status, layout(title, html`<h1>${title}</h1><p>${message}</p><p><a href="/reports">All reports</a></p>`, links));
}

const params = (url: URL, names: readonly string[]): Record<string, string | null> =>
  Object.fromEntries(names.map((name) => [name, url.searchParams.get(name)]));

/** Indicator names as the GraphQL series takes them: as asked, upper and lower case, and as a key's last part. */
function indicatorNames(name: string): { names: string[]; keySuffixes: string[] } {
  const names = [...new Set([name, name.toUpperCase(), name.toLowerCase()])];
  return { names, keySuffixes: name.includes("|") ? [] : names.map((variant) => `|${variant}`) };
}

type Route = (url: URL, match: RegExpExecArray, context: PageContext) => Promise<PageAnswer>;

const ROUTES: readonly [RegExp, Route][] = [
  [/^\/$/, async () => ({ kind: "redirect", location: "/reports" })],
  [
    /^\/reports\/?$/,
    async (url, _match, { read, links }) => {
      const asked = ReportsQuery.safeParse(params(url, ["issuer", "year"]));
      if (!asked.success) return notice(400, "Bad filter", "issuer is text; year is a year such as 2024.", links);
      const [rows, filters] = await Promise.all([
        read("reports", { ...asked.data, limit: MAX_REPORTS }),
        read("report-filters", {}),
      ]);
      return page(200, reportsPage(rows, asked.data, filters[0] ?? { issuers: [], years: [] }, links));
    },
  ],
  [
    /^\/reports\/([^/]+)$/,
    async (_url, match, { read, links }) => {
      const id = decodeURIComponent(match[1]!);
      const [row] = await read("report", { id });
      return row ? page(200, reportPage(row, links)) : notice(404, "No such report", `No report has the id ${id}.`, links);
    },
  ],
  [
    /^\/indicators\/?$/,
    async (url, _match, { read, links }) => {
      const asked = IndicatorsQuery.safeParse(params(url, ["name", "issuer"]));
      if (!asked.success) return notice(400, "Bad query", "name and issuer are text of at most 200 characters.", links);
      if (asked.data.name === null) return page(200, indicatorIndexPage(await read("indicator-list", { minYears: 2, limit: 100 }), links));
      const rows = await read("indicator-series", { ...indicatorNames(asked.data.name), issuer: asked.data.issuer, limit: MAX_POINTS });
      return page(200, indicatorPage(rows, asked.data, links));
    },
  ],
  [
    /^\/projects\/([^/]+)$/,
    async (_url, match, { read, links }) => {
      const key = decodeURIComponent(match[1]!);
      const [row] = await read("project", { key });
      return row ? page(200, projectPage(row, links)) : notice(404, "No such project", `No project has the key ${key}.`, links);
    },
  ],
  [
    /^\/guide\/?$/,
    async (url) => ({ kind: "html", status: 200, body: guidePage(url.origin, loadGuideQueries()), crossOrigin: true }),
  ],
  [
    /^\/guide\/style\.grass$/,
    async () => ({
      kind: "file",
      contentType: "text/plain; charset=utf-8",
      body: readFileSync(path.join(CYPHER_DIR, "browser", "style.grass"), "utf8"),
      crossOrigin: true,
    }),
  ],
];

/** The answer for a GET of this URL, or null when no page lives there (GraphQL and the rest go on). */
export async function answerPage(url: URL, context: PageContext): Promise<PageAnswer | null> {
  for (const [pattern, route] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    try {
      return await route(url, match, context);
    } catch (error) {
      if (error instanceof GraphError && error.code === "neo4j_unavailable") {
        return notice(503, "Neo4j is not reachable", "The graph database does not answer; start it with govkg neo4j start.", context.links);
      }
      if (error instanceof URIError) return notice(400, "Bad address", "The address is not valid percent-encoding.", context.links);
      throw error;
    }
  }
  return null;
}
