import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CYPHER_DIR } from "../graph/index.ts";
import { html, type Html } from "./html.ts";

/** A question of cypher/queries/, with its parameters written into the text so one click runs it. */
export interface GuideQuery {
  readonly name: string;
  readonly title: string;
  readonly explanation: string;
  readonly cypher: string;
}

// The order the guide asks its questions in; a file not named here comes after them.
const ORDER = ["recurring-projects", "indicator-series", "recurring-problems", "report-facts", "department-projects"];

const PARAM = /^\/\/ :param (\w+) => (.+)$/;

/** Reads cypher/queries/*.cypher: `// :param name => value` lines give the values, other comments the explanation. */
export function loadGuideQueries(dir = path.join(CYPHER_DIR, "queries")): GuideQuery[] {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .map((file) => file.slice(0, -".cypher".length))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((name) => parseQuery(name, readFileSync(path.join(dir, `${name}.cypher`), "utf8")));
}

const rank = (name: string): number => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

export function parseQuery(name: string, text: string): GuideQuery {
  const params = new Map<string, string>();
  const explanation: string[] = [];
  const body: string[] = [];
  for (const line of text.split("\n")) {
    const param = PARAM.exec(line);
    if (param) params.set(param[1]!, param[2]!.trim());
    else if (line.startsWith("//")) explanation.push(line.replace(/^\/\/ ?/, ""));
    else body.push(line);
  }
  const cypher = body
    .join("\n")
    .trim()
    .replace(/\$(\w+)/g, (whole, param: string) => params.get(param) ?? whole);
  const title = name.replace(/-/g, " ").replace(/^./, (first) => first.toUpperCase());
  return { name, title, explanation: explanation.join(" "), cypher };
}

/**
 * The GovKG guide for Neo4j Browser (`:play <base>/guide`): Browser's slide format, one
 * slide per question with its Cypher runnable by a click, and a first slide that
 * applies GovKG's style from this server.
 */
export function guidePage(baseUrl: string, queries: readonly GuideQuery[]): Html {
  const styleUrl = `${baseUrl}/guide/style.grass`;
  return html`<article class="guide">
<carousel class="deck container-fluid">
<slide class="row-fluid">
<div class="col-sm-3"><h3>GovKG</h3><p class="lead">Government work reports as a graph</p></div>
<div class="col-sm-9">
<p>Reports (<code>Report</code>) hold sections, evidence sentences and the facts read from them: projects, departments,
organizations, problems and indicator observations. Projects, indicators and problems are merged across reports and years,
so the questions on the next slides follow them over time.</p>
<p>First, GovKG's colours and captions (click, then run):</p>
<pre class="pre-scrollable code runnable">:style ${styleUrl}</pre>
<p>The report pages of the GovKG server show each report's text with its facts highlighted: <a href="${baseUrl}/reports" target="_blank">${baseUrl}/reports</a>.</p>
</div>
</slide>
${queries.map(
  (query, index) => html`<slide class="row-fluid" data-query="${query.name}">
<div class="col-sm-3"><h3>${index + 1}. ${query.title}</h3></div>
<div class="col-sm-9">
<p>${query.explanation}</p>
<pre class="pre-scrollable code runnable">${query.cypher}</pre>
</div>
</slide>`,
)}
</carousel>
</article>
`;
}
