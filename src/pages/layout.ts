import { html, raw, type Html } from "./html.ts";

/** Where a page links to beyond itself. */
export interface PageLinks {
  /** Neo4j Browser, e.g. http://127.0.0.1:7474/browser/; null when the graph is not the local server. */
  readonly browserUrl: string | null;
  /** Path of the GraphQL endpoint (GraphiQL in a browser). */
  readonly graphqlPath: string;
}

const STYLE = raw(`
:root { --indicator:#cfe3fb; --indicator-b:#2f6fba; --project:#d3f0cf; --project-b:#3b8f35; --department:#fde3c1;
  --department-b:#c07a1c; --organization:#eadcf7; --organization-b:#7d4cb0; --problem:#f9d2d2; --problem-b:#b83a3a; }
* { box-sizing: border-box; }
body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 0; color: #1d232b; background: #fafbfc; }
header.top { background: #23303f; color: #fff; padding: .5rem 1.25rem; display: flex; gap: 1.25rem; align-items: baseline; }
header.top a { color: #d7e6f7; text-decoration: none; } header.top strong { font-size: 1.1rem; }
main { padding: 1rem 1.25rem; max-width: 1280px; }
h1 { font-size: 1.35rem; margin: .2rem 0 .4rem; } h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
.meta { color: #566270; font-size: .9rem; } .meta a { margin-right: .8rem; }
table { border-collapse: collapse; font-size: .9rem; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #e2e6ea; text-align: left; vertical-align: top; }
form.filters { display: flex; gap: .6rem; align-items: end; margin: .6rem 0; flex-wrap: wrap; }
form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: #566270; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 1.25rem; align-items: start; }
article.text { white-space: pre-wrap; background: #fff; border: 1px solid #e2e6ea; padding: 1rem 1.25rem; line-height: 1.9; }
aside.panel { position: sticky; top: .75rem; background: #fff; border: 1px solid #e2e6ea; padding: .75rem; font-size: .88rem; }
aside.panel dl { display: grid; grid-template-columns: auto 1fr; gap: .15rem .6rem; margin: .4rem 0; } aside.panel dt { color: #566270; }
mark.fact { background: var(--k); border-bottom: 2px solid var(--kb); color: inherit; cursor: pointer; padding: 0 1px; }
mark.fact.linked { background: transparent; border-bottom: 2px dashed var(--kb); }
mark.fact.selected { outline: 2px solid var(--kb); }
mark[data-kind=indicator], .key-indicator { --k: var(--indicator); --kb: var(--indicator-b); }
mark[data-kind=project], .key-project { --k: var(--project); --kb: var(--project-b); }
mark[data-kind=department], .key-department { --k: var(--department); --kb: var(--department-b); }
mark[data-kind=organization], .key-organization { --k: var(--organization); --kb: var(--organization-b); }
mark[data-kind=problem], .key-problem { --k: var(--problem); --kb: var(--problem-b); }
.legend { display: flex; gap: .8rem; flex-wrap: wrap; font-size: .85rem; margin: .5rem 0; }
.legend span.key { background: var(--k); border-bottom: 2px solid var(--kb); padding: 0 .35rem; }
.legend span.key.linked { background: transparent; border-bottom-style: dashed; }
span.sec::before { content: attr(data-role); font: 600 .7rem/1 system-ui, sans-serif; color: #fff; background: #6b7886; border-radius: 3px;
  padding: .15rem .35rem; margin-right: .35rem; vertical-align: .15rem; white-space: nowrap; }
span.sec.piece::before, span.sec[data-role=""]::before { content: none; }
span.sec[data-role=review]::before { background: #4a7bb0; } span.sec[data-role=plan]::before { background: #3b8f35; }
span.sec[data-role=targets]::before { background: #b07a1c; } span.sec[data-role=problems]::before { background: #b83a3a; }
span.sec[data-role=measures]::before { background: #7d4cb0; }
ol.toc { font-size: .85rem; columns: 2; margin: .3rem 0 .8rem; } ol.toc li { break-inside: avoid; }
.role { font-size: .75rem; color: #566270; }
.empty { color: #566270; font-style: italic; }
svg text { font: 12px system-ui, "Noto Sans CJK SC", sans-serif; }
.chart { background: #fff; border: 1px solid #e2e6ea; margin: .5rem 0 1rem; }
`);

/** The page around a body: no script or style from elsewhere, so it works offline. */
export function layout(title: string, body: Html, links: PageLinks, script?: Html): Html {
  return html`<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · GovKG</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><strong>GovKG</strong>
<a href="/reports">Reports</a><a href="/indicators">Indicators</a><a href="${links.graphqlPath}">GraphiQL</a><a href="/guide">Browser guide</a>
${links.browserUrl ? html`<a href="${links.browserUrl}">Neo4j Browser</a>` : ""}
</header>
<main>
${body}
</main>
${script ?? ""}
</body>
</html>
`;
}

/** Query string of the given parameters, leaving out empty ones. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== "") search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
