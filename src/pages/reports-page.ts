import { html, type Html } from "./html.ts";
import { layout, query, type PageLinks } from "./layout.ts";
import type { ReportListRow } from "./rows.ts";

export interface ReportFilters {
  readonly issuer: string | null;
  readonly year: number | null;
}

/** The index of reports, filtered by issuer and year. */
export function reportsPage(rows: readonly ReportListRow[], filters: ReportFilters, offered: { issuers: string[]; years: number[] }, links: PageLinks): Html {
  const issuers = [...offered.issuers].sort();
  const years = [...offered.years].sort((a, b) => b - a);
  const body = html`
<h1>Reports</h1>
<form class="filters" method="get" action="/reports">
<label>issuer <input name="issuer" list="issuers" value="${filters.issuer ?? ""}"></label>
<datalist id="issuers">${issuers.map((issuer) => html`<option value="${issuer}">`)}</datalist>
<label>year <select name="year"><option value="">all</option>${years.map(
    (year) => html`<option value="${year}"${year === filters.year ? html` selected` : ""}>${year}</option>`,
  )}</select></label>
<button type="submit">Filter</button>
</form>
${rows.length === 0
    ? html`<p class="empty">No report matches.</p>`
    : html`<table id="reports"><thead><tr><th>year</th><th>issuer</th><th>title</th><th>period</th><th>kind</th><th>observations</th><th>projects</th><th>problems</th></tr></thead><tbody>
${rows.map(
  ({ report, observations, projects, problems }) => html`<tr data-report="${report.id}"><td>${report.year ?? ""}</td><td><a href="/reports${query({ issuer: report.issuer })}">${report.issuer ?? ""}</a></td>
<td><a href="/reports/${encodeURIComponent(report.id)}">${report.title}</a></td><td>${report.period ?? ""}</td><td>${report.kind ?? ""}</td><td>${observations}</td><td>${projects}</td><td>${problems}</td></tr>`,
)}</tbody></table>`}`;
  return layout("Reports", body, links);
}
