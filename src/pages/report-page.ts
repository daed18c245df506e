import { placeFact, renderHighlightedText, type PlacedFact } from "./highlights.ts";
import { html, jsonForScript, raw, type Html } from "./html.ts";
import { layout, query, type PageLinks } from "./layout.ts";
import { FACT_KINDS, type ReportTextRow } from "./rows.ts";

const REPORT_QUERY = `query Report($id: ID!) {
  report(id: $id) {
    title year issuer
    sections { heading level role }
    entities {
      projects { project { name } status nameAsWritten evidence { text start end } }
      observations { indicator { name } value unit status periodYear evidence { text start end } }
      problems { problem { theme } text }
    }
  }
}`;

const browserCypher = (id: string): string =>
  `MATCH (r:Report {id: "${id.replace(/["\\]/g, "")}"})-[rel]->(n) WHERE NOT n:Evidence AND NOT n:Section RETURN r, rel, n`;

// Shows the record of a clicked or focused highlight in the side panel.
const PANEL_SCRIPT = raw(`<script>
(() => {
  const facts = JSON.parse(document.getElementById("facts").textContent);
  const panel = document.getElementById("detail");
  let selected = [];
  const show = (id) => {
    const fact = facts[id];
    if (!fact) return;
    selected.forEach((el) => el.classList.remove("selected"));
    selected = Array.from(document.querySelectorAll('mark[data-fact="' + id + '"]'));
    selected.forEach((el) => el.classList.add("selected"));
    panel.replaceChildren();
    const title = document.createElement("h2");
    title.textContent = fact.kind + (fact.linked ? " (linked by name)" : "");
    const list = document.createElement("dl");
    for (const [name, value] of Object.entries(fact.record)) {
      if (value === null || value === undefined || value === "") continue;
      const dt = document.createElement("dt"); dt.textContent = name;
      const dd = document.createElement("dd"); dd.textContent = String(value);
      list.append(dt, dd);
    }
    panel.append(title, list);
    if (fact.href) { const a = document.createElement("a"); a.href = fact.href; a.textContent = "timeline / chart"; panel.append(a); }
  };
  document.addEventListener("click", (event) => {
    const mark = event.target.closest && event.target.closest("mark[data-fact]");
    if (mark) show(mark.dataset.fact);
  });
  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest && event.target.closest("mark[data-fact]");
    if (mark && selected.length === 0) show(mark.dataset.fact);
  });
})();
</script>`);

function factLink(placed: PlacedFact, issuer: string | null): string | null {
  const { fact } = placed;
  if (fact.kind === "project") return `/projects/${encodeURIComponent(fact.key)}`;
  if (fact.kind === "indicator") return `/indicators${query({ name: fact.key, issuer })}`;
  return null;
}

/** The record shown for each highlight, keyed by its id. */
function factRecords(placed: readonly PlacedFact[], issuer: string | null): Record<string, unknown> {
  return Object.fromEntries(
    placed.map((item) => {
      const { fact } = item;
      return [
        item.id,
        {
          kind: fact.kind,
          linked: fact.linked,
          href: factLink(item, issuer),
          record: { name: fact.name, "as written": fact.written, status: fact.status, detail: fact.detail, section: fact.sectionRole, key: fact.key, offsets: `${fact.start}–${fact.end}` },
        },
      ];
    }),
  );
}

/** The report page: its text with every fact highlighted, sections with their roles, and the record behind each highlight. */
export function reportPage(row: ReportTextRow, links: PageLinks): Html {
  const { report, sections, facts } = row;
  const placed = facts.map((fact, index) => placeFact(report.text, report.start, fact, `f${index}`));
  const counts = FACT_KINDS.map((kind) => ({ kind, count: facts.filter((fact) => fact.kind === kind).length }));
  const linkedCount = facts.filter((fact) => fact.linked).length;
  const graphiql = `${links.graphqlPath}${query({ query: REPORT_QUERY, variables: JSON.stringify({ id: report.id }) })}`;
  const browser = links.browserUrl ? `${links.browserUrl}${query({ cmd: "edit", arg: browserCypher(report.id) })}` : null;
  const body = html`
<h1>${report.title}</h1>
<p class="meta">${[report.issuer, report.region, report.year, report.period, report.kind].filter((part) => part !== null && part !== undefined).join(" · ")}
${report.source ? html` · <code>${report.source}</code>` : ""}</p>
<p class="meta"><a href="${graphiql}">Open in GraphiQL</a>${browser ? html`<a href="${browser}">Open in Neo4j Browser</a>` : ""}<a href="/reports${query({ issuer: report.issuer })}">Other reports of this issuer</a></p>
<div class="legend">${counts.map(({ kind, count }) => html`<span class="key key-${kind}" data-legend="${kind}">${kind} ${count}</span>`)}
<span class="key key-project linked">linked by name ${linkedCount}</span></div>
${sections.length > 0 ? html`<details><summary>${sections.length} sections</summary><ol class="toc">${sections
    .filter((section) => section.level <= 2)
    .map((section) => html`<li><a href="#sec-${section.id}">${section.heading}</a> <span class="role">${section.role ?? ""}</span></li>`)}</ol></details>` : ""}
<div class="layout">
<article class="text" id="report-text" data-report="${report.id}" data-offset="${report.start}">${renderHighlightedText(report.text, report.start, sections, placed)}</article>
<aside class="panel" id="detail"><p class="empty">Point at or click a highlight to see what was extracted from it.</p></aside>
</div>
<script type="application/json" id="facts">${jsonForScript(factRecords(placed, report.issuer))}</script>`;
  return layout(report.title, body, links, PANEL_SCRIPT);
}
