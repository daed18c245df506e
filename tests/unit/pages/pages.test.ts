import { describe, expect, it } from "vitest";
import { placeFact } from "../../../src/pages/highlights.ts";
import { escapeHtml, html, jsonForScript } from "../../../src/pages/html.ts";
import { nestSpans } from "../../../src/pages/nest-spans.ts";
import type { FactRow, SeriesRow } from "../../../src/pages/rows.ts";
import { chartPanels } from "../../../src/pages/series-chart.ts";
import { parseQuery } from "../../../src/pages/guide.ts";

describe("html", () => {
  it("escapes every interpolated value and keeps built markup", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p title="${'"x"'}">${"<script>&"}${inner}</p>`.value).toBe('<p title="&quot;x&quot;">&lt;script&gt;&amp;<b>&lt;i&gt;</b></p>');
    expect(escapeHtml("'")).toBe("&#39;");
  });

  it("writes JSON that cannot close its script element", () => {
    expect(jsonForScript({ text: "</script><script>" }).value).not.toContain("</script>");
  });
});

describe("nestSpans", () => {
  const span = (id: string, start: number, end: number) => ({ id, start, end, data: id });

  it("nests contained spans and cuts a crossing span at its parent's end", () => {
    const tree = nestSpans([span("outer", 0, 10), span("inner", 2, 4), span("cross", 8, 14)], 20);
    expect(tree.map((node) => [node.id, node.start, node.end, node.piece])).toEqual([
      ["outer", 0, 10, false],
      ["cross", 10, 14, true],
    ]);
    expect(tree[0]!.children.map((node) => [node.id, node.start, node.end, node.piece])).toEqual([
      ["inner", 2, 4, false],
      ["cross", 8, 10, true],
    ]);
  });

  it("drops empty spans and clips spans to the text", () => {
    expect(nestSpans([span("empty", 3, 3), span("long", 5, 50)], 10).map((node) => [node.id, node.end])).toEqual([["long", 10]]);
  });
});

describe("placeFact", () => {
  const text = "各位代表：全年国内生产总值达到134.9万亿元，增长5%。";
  const fact = (overrides: Partial<FactRow>): FactRow => ({
    kind: "indicator", key: "national|GDP", name: "国内生产总值", written: "国内生产总值", status: "actual", detail: null,
    value: 134.9, unit: "万亿元", sectionRole: null, start: 105, end: 105 + text.length - 5, linked: false, ...overrides,
  });

  it("narrows an indicator to its name, value and unit, in file offsets", () => {
    const placed = placeFact(text, 100, fact({}), "f0");
    expect(text.slice(placed.start, placed.end)).toBe("国内生产总值达到134.9万亿元");
    expect(placed.narrowed).toBe(true);
  });

  it("keeps the whole sentence when the name is not in it", () => {
    const placed = placeFact(text, 100, fact({ kind: "project", written: "南水北调", name: "南水北调", value: null }), "f1");
    expect([placed.start, placed.end, placed.narrowed]).toEqual([5, text.length, false]);
  });
});

describe("chartPanels", () => {
  const row = (year: number, reportYear: number, value: number, unit: string, status: string, change: number | null = null): SeriesRow => ({
    indicator: { key: "national|GDP", name: "国内生产总值", scope: "national" },
    report: { id: `r${reportYear}`, title: "政府工作报告", year: reportYear, issuer: "国务院" },
    observation: { id: `o${reportYear}-${year}-${status}`, value, unit, upper: null, change, changeUnit: change === null ? null : "%", status, qualifier: null, periodYear: year },
    evidence: null,
    outcomeOf: null,
    answeredBy: null,
  });

  it("makes one panel per unit with one point per year and status, the latest report's value standing", () => {
    const panels = chartPanels([row(2022, 2023, 121, "万亿元", "actual"), row(2022, 2024, 121.5, "万亿元", "actual"), row(2023, 2024, 126, "万亿元", "actual", 5.2), row(2023, 2023, 5, "%", "target")]);
    const level = panels.find((panel) => panel.unit === "万亿元")!;
    expect(level.points.map((point) => [point.year, point.value])).toEqual([[2022, 121.5], [2023, 126]]);
    const rate = panels.find((panel) => panel.unit === "%")!;
    expect(rate.points.map((point) => [point.year, point.status, point.value])).toEqual([[2023, "actual", 5.2], [2023, "target", 5]]);
  });
});

describe("guide queries", () => {
  it("writes the :param values into the query and keeps the other comments as its explanation", () => {
    const query = parseQuery("recurring-projects", "// :param minYears => 3\n// Projects that recur.\nMATCH (p) WHERE size(p.years) >= $minYears RETURN p");
    expect(query.cypher).toBe("MATCH (p) WHERE size(p.years) >= 3 RETURN p");
    expect(query.explanation).toBe("Projects that recur.");
  });
});
