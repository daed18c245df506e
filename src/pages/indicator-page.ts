import { html, type Html } from "./html.ts";
import { layout, query, type PageLinks } from "./layout.ts";
import type { IndicatorListRow, SeriesRow } from "./rows.ts";
import { chartPanels, panelSvg } from "./series-chart.ts";

export interface IndicatorQuery {
  readonly name: string | null;
  readonly issuer: string | null;
}

function form(asked: IndicatorQuery): Html {
  return html`<form class="filters" method="get" action="/indicators">
<label>indicator <input name="name" value="${asked.name ?? ""}" placeholder="GDP, 国内生产总值, national|GDP"></label>
<label>issuer <input name="issuer" value="${asked.issuer ?? ""}" placeholder="国务院"></label>
<button type="submit">Chart</button></form>`;
}

/** The chart page of one indicator: one panel per unit, the points with their sentences below. */
export function indicatorPage(rows: readonly SeriesRow[], asked: IndicatorQuery, links: PageLinks): Html {
  const panels = chartPanels(rows);
  const title = `${asked.name ?? ""}${asked.issuer ? ` · ${asked.issuer}` : ""}`;
  const body = html`
<h1>Indicator: ${title}</h1>
${form(asked)}
${panels.length === 0
    ? html`<p class="empty">No observation of this indicator${asked.issuer ? " for this issuer" : ""}.</p>`
    : panels.map(
        (panel) => html`<h2>${panel.indicatorName} <span class="role">${panel.unit} · ${panel.indicatorKey}</span></h2>
${panelSvg(panel)}`,
      )}
<h2>Observations</h2>
<table id="observations"><thead><tr><th>year</th><th>status</th><th>value</th><th>change</th><th>verdict</th><th>report</th><th>sentence</th></tr></thead><tbody>
${rows.map(({ observation: o, report, evidence, outcomeOf, answeredBy }) => {
  const pairing = outcomeOf ?? answeredBy;
  return html`<tr><td>${o.periodYear ?? report.year ?? ""}</td><td>${o.status ?? ""}</td><td>${o.qualifier ? `${o.qualifier} ` : ""}${o.value ?? ""}${o.upper === null ? "" : `–${o.upper}`}${o.unit ?? ""}</td>
<td>${o.change === null ? "" : `${o.change}${o.changeUnit ?? ""}`}</td><td>${pairing?.verdict ?? ""}${pairing?.gap === null || pairing?.gap === undefined ? "" : ` (${pairing.gap}${pairing.gapUnit ?? ""})`}</td>
<td><a href="/reports/${encodeURIComponent(report.id)}">${report.year ?? ""} ${report.issuer ?? ""}</a></td><td>${evidence?.text ?? ""}</td></tr>`;
})}</tbody></table>`;
  return layout(`Indicator ${title}`, body, links);
}

/** Without a name: the indicators stated for the most years, each linked to its chart. */
export function indicatorIndexPage(rows: readonly IndicatorListRow[], links: PageLinks): Html {
  const body = html`
<h1>Indicators</h1>
${form({ name: null, issuer: null })}
<table id="indicators"><thead><tr><th>indicator</th><th>scope</th><th>years</th><th>observations</th></tr></thead><tbody>
${rows.map(
  ({ indicator, years, observations }) => html`<tr><td><a href="/indicators${query({ name: indicator.key })}">${indicator.name}</a></td><td>${indicator.scope ?? ""}</td><td>${years}</td><td>${observations}</td></tr>`,
)}</tbody></table>`;
  return layout("Indicators", body, links);
}
