import { html, type Html } from "./html.ts";
import type { SeriesRow } from "./rows.ts";

/** One value drawn in a chart: a level, a rate, or the change stated beside a level. */
export interface ChartPoint {
  readonly year: number;
  readonly value: number;
  readonly upper: number | null;
  readonly status: string;
  readonly verdict: string | null;
  readonly gap: string | null;
  readonly reportId: string;
  readonly reportYear: number | null;
  readonly sentence: string | null;
}

/** The points of one indicator in one unit. */
export interface ChartPanel {
  readonly indicatorKey: string;
  readonly indicatorName: string;
  readonly unit: string;
  readonly points: readonly ChartPoint[];
}

const STATUS_ORDER = ["actual", "expected", "target"];

function pointsOf(row: SeriesRow): { unit: string; point: ChartPoint }[] {
  const { observation: o, report } = row;
  const year = o.periodYear ?? report.year;
  if (year === null) return [];
  const pairing = row.outcomeOf ?? row.answeredBy;
  // A pairing compares rates (gap in percentage points) or levels; its verdict goes on that point only.
  const pairsRates = pairing?.gapUnit === "个百分点" || pairing?.gapUnit === "%";
  const base = {
    year,
    status: o.status ?? "actual",
    reportId: report.id,
    reportYear: report.year,
    sentence: row.evidence?.text ?? null,
  };
  const judged = {
    verdict: pairing?.verdict ?? null,
    gap: pairing?.gap === null || pairing?.gap === undefined ? null : `${pairing.gap}${pairing.gapUnit ?? ""}`,
  };
  const unjudged = { verdict: null, gap: null };
  const isRate = (unit: string | null): boolean => unit === "%";
  const points: { unit: string; point: ChartPoint }[] = [];
  if (o.value !== null) {
    const verdict = isRate(o.unit) === pairsRates ? judged : unjudged;
    points.push({ unit: o.unit ?? "", point: { ...base, ...verdict, value: o.value, upper: o.upper } });
  }
  if (o.change !== null && o.changeUnit) {
    const verdict = pairsRates ? judged : unjudged;
    points.push({ unit: o.changeUnit, point: { ...base, ...verdict, value: o.change, upper: null } });
  }
  return points;
}

/**
 * Groups a series into panels (one per indicator and unit) with one point per year and
 * status: when several reports state the same year, the latest report's value stands.
 */
export function chartPanels(rows: readonly SeriesRow[]): ChartPanel[] {
  const panels = new Map<string, { indicatorKey: string; indicatorName: string; unit: string; byYearStatus: Map<string, ChartPoint> }>();
  for (const row of rows) {
    for (const { unit, point } of pointsOf(row)) {
      const panelKey = `${row.indicator.key}\u0000${unit}`;
      const panel = panels.get(panelKey) ?? { indicatorKey: row.indicator.key, indicatorName: row.indicator.name, unit, byYearStatus: new Map<string, ChartPoint>() };
      panels.set(panelKey, panel);
      const slot = `${point.year}|${point.status}`;
      const held = panel.byYearStatus.get(slot);
      if (!held || (point.reportYear ?? 0) > (held.reportYear ?? 0) || (!held.verdict && point.verdict)) panel.byYearStatus.set(slot, point);
    }
  }
  return [...panels.values()]
    .map(({ byYearStatus, ...panel }) => ({
      ...panel,
      points: [...byYearStatus.values()].sort((a, b) => a.year - b.year || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)),
    }))
    .sort((a, b) => a.indicatorKey.localeCompare(b.indicatorKey) || b.points.length - a.points.length);
}

const WIDTH = 760;
const HEIGHT = 260;
const MARGIN = { left: 64, right: 120, top: 20, bottom: 34 };
const VERDICT_COLOURS: Record<string, string> = { MET: "#3b8f35", EXCEEDED: "#2f6fba", MISSED: "#b83a3a" };
const verdictColour = (verdict: string | null): string => (verdict ? (VERDICT_COLOURS[verdict] ?? "#6b7886") : "#2f6fba");

function niceTicks(low: number, high: number, count: number): number[] {
  const span = high - low || Math.abs(high) || 1;
  const step = 10 ** Math.floor(Math.log10(span / count));
  const nice = [1, 2, 5, 10].map((factor) => factor * step).find((candidate) => span / candidate <= count) ?? step * 10;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / nice) * nice; tick <= high + nice * 1e-9; tick += nice) ticks.push(Number(tick.toPrecision(10)));
  return ticks;
}

/** One panel as an SVG chart: actual values joined by a line, targets as open squares, verdicts beside the outcomes. */
export function panelSvg(panel: ChartPanel): Html {
  const years = panel.points.map((point) => point.year);
  const minYear = Math.min(...years) - 0.5;
  const maxYear = Math.max(...years) + 0.5;
  const values = panel.points.flatMap((point) => (point.upper === null ? [point.value] : [point.value, point.upper]));
  const low = Math.min(0, ...values);
  const high = Math.max(...values) * 1.1 || 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (year: number): number => MARGIN.left + ((year - minYear) / (maxYear - minYear)) * plotWidth;
  const y = (value: number): number => MARGIN.top + plotHeight - ((value - low) / (high - low)) * plotHeight;
  const round = (n: number): string => n.toFixed(1);
  const actual = panel.points.filter((point) => point.status === "actual");
  const line = actual.map((point) => `${round(x(point.year))},${round(y(point.value))}`).join(" ");
  const yearTicks = [...new Set(years)].sort((a, b) => a - b);
  const label = `${panel.indicatorName} (${panel.unit || "no unit"}), ${panel.indicatorKey}`;
  return html`<svg class="chart" role="img" aria-label="${label}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" data-indicator="${panel.indicatorKey}" data-unit="${panel.unit}">
<title>${label}</title>
${niceTicks(low, high, 5).map((tick) => html`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#e2e6ea"/><text x="${MARGIN.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end">${tick}</text>`)}
${yearTicks.map((year) => html`<text x="${round(x(year))}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${year}</text>`)}
<text x="${MARGIN.left}" y="14">${panel.unit}</text>
${actual.length > 1 ? html`<polyline points="${line}" fill="none" stroke="#2f6fba" stroke-width="2"/>` : ""}
${[...panel.points].reverse().map((point) => pointSvg(point, x(point.year), y(point.value), point.upper === null ? null : y(point.upper)))}
<g class="legend" transform="translate(${WIDTH - MARGIN.right + 14}, ${MARGIN.top + 4})">
<circle cx="5" cy="0" r="5" fill="#2f6fba"/><text x="16" y="4">actual</text>
<rect x="0" y="14" width="10" height="10" fill="#fff" stroke="#b07a1c" stroke-width="2"/><text x="16" y="23">target</text>
<circle cx="5" cy="38" r="5" fill="#fff" stroke="#2f6fba" stroke-width="2"/><text x="16" y="42">expected</text>
${Object.entries(VERDICT_COLOURS).map(([verdict, colour], index) => html`<text x="0" y="${62 + index * 16}" fill="${colour}">${verdict}</text>`)}
</g>
</svg>`;
}

function pointSvg(point: ChartPoint, cx: number, cy: number, upperY: number | null): Html {
  const tip = `${point.year} ${point.status}: ${point.value}${point.upper === null ? "" : `–${point.upper}`}${point.verdict ? ` · ${point.verdict}` : ""}${point.gap ? ` (gap ${point.gap})` : ""}${point.sentence ? `\n${point.sentence}` : ""}`;
  const data = html`data-year="${point.year}" data-status="${point.status}" data-value="${point.value}" data-report="${point.reportId}"${point.verdict ? html` data-verdict="${point.verdict}"` : ""}`;
  const c = (n: number): string => n.toFixed(1);
  const range = upperY === null ? "" : html`<line x1="${c(cx)}" x2="${c(cx)}" y1="${c(cy)}" y2="${c(upperY)}" stroke="#b07a1c" stroke-width="3" opacity=".5"/>`;
  const verdict = point.verdict && point.status === "actual"
    ? html`<text x="${c(cx + 9)}" y="${c(cy - 8)}" fill="${verdictColour(point.verdict)}" class="verdict">${point.verdict}</text>`
    : "";
  if (point.status === "target") {
    return html`<g class="point">${range}<rect ${data} class="mark" x="${c(cx - 6)}" y="${c(cy - 6)}" width="12" height="12" fill="#fff" stroke="#b07a1c" stroke-width="2"><title>${tip}</title></rect></g>`;
  }
  const filled = point.status === "actual";
  return html`<g class="point">${range}<circle ${data} class="mark" cx="${c(cx)}" cy="${c(cy)}" r="6" fill="${filled ? verdictColour(point.verdict) : "#fff"}" stroke="${verdictColour(point.verdict)}" stroke-width="2"><title>${tip}</title></circle>${verdict}</g>`;
}
