import type { Evidence, ExtractedReport } from "../../../src/domain/index.ts";

const EXCERPT_LENGTH = 36;

/** The first characters of the evidence on one line, with its offsets into the source file. */
function excerpt(evidence: Evidence): string {
  const flat = evidence.text.replace(/\s+/gu, " ").trim();
  const short = flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
  return `[${evidence.start}-${evidence.end}] ${short}`;
}

const row = (...cells: ReadonlyArray<string | number | null>): string => cells.map((c) => (c === null ? "-" : String(c))).join(" | ");

function signed(value: number | null, unit: string | null): string | null {
  if (value === null) return null;
  return `${value > 0 ? "+" : ""}${value}${unit ?? ""}`;
}

/**
 * One line per extracted record (type | name or text | value and unit, or kind | status or
 * role | evidence), grouped by report, so a reviewer can read a diff of what changed.
 */
export function renderReports(reports: readonly ExtractedReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(
      row("report", report.title, [report.year, report.period, report.kind].map((x) => x ?? "-").join(" "), report.issuer, report.region),
      row("span", `${report.start}-${report.end}`),
    );
    for (const s of report.sections) lines.push(row("section", `${"  ".repeat(s.level - 1)}${s.heading}`, s.role, `${s.start}-${s.end}`));
    for (const i of report.indicators) {
      const value = [`${i.qualifier ? `${i.qualifier} ` : ""}${i.value}${i.upper === null ? "" : `~${i.upper}`} ${i.unit}`, signed(i.change, i.changeUnit)]
        .filter((x) => x !== null)
        .join(" ");
      lines.push(row("indicator", i.name, value, i.status, excerpt(i.evidence)));
    }
    for (const p of report.projects) lines.push(row("project", p.name, p.kind, p.status, excerpt(p.evidence)));
    for (const d of report.departments) lines.push(row("department", d.name, null, d.sectionRole, excerpt(d.evidence)));
    for (const o of report.organizations) lines.push(row("organization", o.name, o.kind, o.sectionRole, excerpt(o.evidence)));
    for (const p of report.problems) lines.push(row("problem", p.text, p.theme, p.sectionRole, excerpt(p.evidence)));
    for (const r of report.responsibilities) lines.push(row("responsibility", `${r.department} → ${r.project}`, null, r.role, excerpt(r.evidence)));
    for (const d of report.diagnostics) lines.push(row("diagnostic", d.code, d.message, null, d.start === undefined ? null : `[${d.start}-${d.end ?? d.start}]`));
    lines.push("");
  }
  return lines.join("\n");
}
