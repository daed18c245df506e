import { html, type Html } from "./html.ts";
import { layout, type PageLinks } from "./layout.ts";
import type { ProjectRow } from "./rows.ts";

const STATUS_COLOURS: Record<string, string> = { planned: "#b07a1c", started: "#2f6fba", ongoing: "#7d4cb0", completed: "#3b8f35" };
const colour = (status: string | null): string => (status ? (STATUS_COLOURS[status] ?? "#6b7886") : "#6b7886");

/** The report years that mention a project as a timeline, one marker per report, coloured by status. */
export function timelineSvg(row: ProjectRow): Html {
  const mentions = row.mentions.filter((mention) => mention.report.year !== null);
  if (mentions.length === 0) return html`<p class="empty">No dated report mentions this project.</p>`;
  const years = mentions.map((mention) => mention.report.year as number);
  const minYear = Math.min(...years) - 0.5;
  const maxYear = Math.max(...years) + 0.5;
  const width = 760;
  const left = 40;
  const right = 130;
  const axisY = 70;
  const x = (year: number): number => left + ((year - minYear) / (maxYear - minYear)) * (width - left - right);
  const stacked = new Map<number, number>();
  return html`<svg class="chart timeline" role="img" aria-label="${row.project.name}: mentions by year" width="${width}" height="150" viewBox="0 0 ${width} 150" data-project="${row.project.key}">
<title>${row.project.name}</title>
<line x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}" stroke="#9aa1ac" stroke-width="2"/>
${[...new Set(years)].sort((a, b) => a - b).map((year) => html`<text x="${x(year).toFixed(1)}" y="${axisY + 40}" text-anchor="middle">${year}</text>`)}
${mentions.map((mention) => {
  const year = mention.report.year as number;
  const level = stacked.get(year) ?? 0;
  stacked.set(year, level + 1);
  const cy = axisY - level * 16;
  const tip = `${year} ${mention.report.issuer ?? ""}: ${mention.status ?? "status unknown"}${mention.linked ? " (linked by name)" : ""}${mention.evidence ? `\n${mention.evidence.text}` : ""}`;
  return html`<a href="/reports/${encodeURIComponent(mention.report.id)}"><circle class="mark" data-year="${year}" data-status="${mention.status ?? ""}" data-report="${mention.report.id}"${mention.linked ? html` data-linked="true"` : ""}
 cx="${x(year).toFixed(1)}" cy="${cy}" r="7" fill="${mention.linked ? "#fff" : colour(mention.status)}" stroke="${colour(mention.status)}" stroke-width="2"><title>${tip}</title></circle></a>`;
})}
<g transform="translate(${width - right + 16}, 20)">${Object.entries(STATUS_COLOURS).map(
    ([status, fill], index) => html`<circle cx="5" cy="${index * 18}" r="5" fill="${fill}"/><text x="16" y="${index * 18 + 4}">${status}</text>`,
  )}<circle cx="5" cy="72" r="5" fill="#fff" stroke="#6b7886" stroke-width="2"/><text x="16" y="76">linked by name</text></g>
</svg>`;
}

/** A project's page: its names, departments, and the timeline of the reports that mention it. */
export function projectPage(row: ProjectRow, links: PageLinks): Html {
  const { project } = row;
  const body = html`
<h1>Project: ${project.name}</h1>
<p class="meta">${project.kind ?? ""} · ${project.scope ?? ""} · <code>${project.key}</code>${(project.aliases ?? []).length > 1 ? html` · also ${(project.aliases ?? []).join("、")}` : ""}</p>
${row.departments.length > 0 ? html`<p class="meta">departments: ${row.departments.join("、")}</p>` : ""}
${timelineSvg(row)}
<table id="mentions"><thead><tr><th>year</th><th>report</th><th>status</th><th>as written</th><th>sentence</th></tr></thead><tbody>
${row.mentions.map(
  (mention) => html`<tr><td>${mention.report.year ?? ""}</td><td><a href="/reports/${encodeURIComponent(mention.report.id)}">${mention.report.issuer ?? ""} ${mention.report.title}</a></td>
<td>${mention.status ?? ""}${mention.linked ? " (linked)" : ""}</td><td>${mention.written ?? ""}</td><td>${mention.evidence?.text ?? ""}</td></tr>`,
)}</tbody></table>`;
  return layout(`Project ${project.name}`, body, links);
}
