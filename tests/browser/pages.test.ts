import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/index.ts";
import { closeDriver, cypherRows, loadFixtures } from "../api/support/graph.ts";
import { launchBrowser, screenshot, serveApi } from "./support/browser.ts";

// The pages as a user's browser shows them: Debian's chromium driven by playwright-core
// against `govkg serve` over the fixture graph.

let browser: Browser;
let server: RunningServer;
let base: string;
let page: Page;

const ESCAPE_ID = "pages-test-escape";
const NATIONAL_2025 = "fixtures/reports/national/guowuyuan_2025.txt";

beforeAll(async () => {
  await loadFixtures();
  ({ server, base } = await serveApi());
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
});

afterAll(async () => {
  await cypherRows("MATCH (n) WHERE n.id = $id OR n.reportId = $id DETACH DELETE n", { id: ESCAPE_ID });
  await browser?.close();
  await server?.close();
  await closeDriver();
});

async function reportId(source: string): Promise<string> {
  const [row] = (await cypherRows("MATCH (r:Report {source: $source}) RETURN r.id AS id ORDER BY r.start LIMIT 1", { source })) as [{ id: string }];
  return row.id;
}

describe("report page", () => {
  it("highlights a known indicator of a fixture report at its characters in the file", async () => {
    const id = await reportId(NATIONAL_2025);
    await page.goto(`${base}/reports/${id}`);
    const gdp = page.locator('mark[data-kind="indicator"]', { hasText: "134.9万亿元" }).first();
    await expect(gdp.textContent()).resolves.toContain("国内生产总值");
    const start = Number(await gdp.getAttribute("data-start"));
    const end = Number(await gdp.getAttribute("data-end"));
    const marked = (await gdp.textContent()) ?? "";
    expect(end - start).toBe(marked.length);
    // The offsets are the file's: the same characters sit there in the fixture itself.
    expect(readFileSync(NATIONAL_2025, "utf8").slice(start, end)).toBe(marked);
    // …and in the page's text, so a script can find a fact by offset.
    const offset = Number(await page.locator("#report-text").getAttribute("data-offset"));
    const shown = await page.locator("#report-text").evaluate((article) => article.textContent ?? "");
    expect(shown.slice(start - offset, end - offset)).toBe(marked);
    await screenshot(page, "report-page");
  });

  it("has one highlight colour per kind, linked mentions marked, and sections with their roles", async () => {
    const id = await reportId(NATIONAL_2025);
    await page.goto(`${base}/reports/${id}`);
    for (const kind of ["indicator", "project", "department", "problem"]) {
      expect(await page.locator(`mark[data-kind="${kind}"]`).count(), kind).toBeGreaterThan(0);
    }
    const colours = await page.evaluate(() =>
      ["indicator", "project", "department", "organization", "problem"].map(
        (kind) => getComputedStyle(document.querySelector(`[data-legend="${kind}"]`)!).backgroundColor,
      ),
    );
    expect(new Set(colours).size).toBe(5);
    expect(await page.locator('mark[data-linked="true"]').count()).toBeGreaterThan(0);
    const roles = await page.locator("span.sec[data-role]").evaluateAll((spans) => spans.map((span) => span.getAttribute("data-role")));
    expect(roles).toContain("review");
    expect(roles).toContain("plan");
  });

  it("shows the record of a highlight on click", async () => {
    const id = await reportId(NATIONAL_2025);
    await page.goto(`${base}/reports/${id}`);
    await page.locator('mark[data-kind="indicator"]', { hasText: "134.9万亿元" }).first().click();
    const panel = page.locator("#detail");
    await expect(panel.textContent()).resolves.toContain("indicator");
    await expect(panel.textContent()).resolves.toContain("国内生产总值");
    await expect(panel.textContent()).resolves.toContain("134.9万亿元");
  });

  it("shows a report's <script> as text and runs none of it", async () => {
    const text = '各位代表：<script>window.__pwned = 1</script>。<img src=x onerror="window.__pwned = 2">一、"引号" & 其他';
    await cypherRows(
      `MERGE (r:Report {id: $id}) SET r.title = '<b>标题</b>', r.year = 2099, r.issuer = '<i>测试</i>', r.text = $text, r.start = 0, r.end = size($text)
       MERGE (s:Section {id: $id + ':s0'}) SET s.reportId = $id, s.heading = '<h1>x</h1>', s.level = 1, s.role = 'review', s.start = 0, s.end = size($text)
       MERGE (r)-[:HAS_SECTION]->(s)`,
      { id: ESCAPE_ID, text },
    );
    await page.goto(`${base}/reports/${ESCAPE_ID}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#report-text").textContent()).toBe(text);
    expect(await page.locator("h1").textContent()).toBe("<b>标题</b>");
    expect(await page.locator("#report-text script, #report-text img").count()).toBe(0);
  });
});

describe("reports index", () => {
  it("lists only the reports of the issuer and year asked for", async () => {
    await page.goto(`${base}/reports?issuer=${encodeURIComponent("河北")}&year=2025`);
    const rows = page.locator("#reports tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const cells = await row.locator("td").allTextContents();
      expect(cells[0]).toBe("2025");
      expect(cells[1]).toContain("河北");
    }
  });
});

describe("charts", () => {
  it("draws one point per year of a known indicator series", async () => {
    const rows = (await cypherRows(
      `MATCH (r:Report)-[:HAS_OBSERVATION]->(o:Observation {status: 'actual', unit: '万亿元'})-[:OF_INDICATOR]->(i:Indicator {key: 'national|GDP'})
       RETURN DISTINCT coalesce(o.periodYear, r.year) AS year ORDER BY year`,
    )) as { year: number }[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await page.goto(`${base}/indicators?name=GDP&issuer=${encodeURIComponent("国务院")}`);
    const points = page.locator('svg[data-indicator="national|GDP"][data-unit="万亿元"] [data-status="actual"]');
    const years = await points.evaluateAll((marks) => marks.map((mark) => Number(mark.getAttribute("data-year"))));
    expect(years.sort()).toEqual(rows.map((row) => row.year));
    await screenshot(page, "indicator-chart");
  });

  it("marks the verdict of a target and its outcome", async () => {
    const [paired] = (await cypherRows(
      "MATCH (o:Observation)-[x:OUTCOME_OF]->(:Observation)-[:OF_INDICATOR]->(:Indicator {key: 'national|GDP'}) RETURN count(x) AS n",
    )) as [{ n: number }];
    expect(paired.n, "paired GDP targets in the fixture graph").toBeGreaterThan(0);
    await page.goto(`${base}/indicators?name=GDP&issuer=${encodeURIComponent("国务院")}`);
    expect(await page.locator('svg[data-unit="%"] [data-status="target"]').count()).toBeGreaterThan(0);
    expect(await page.locator("svg [data-verdict]").count()).toBeGreaterThan(0);
  });

  it("draws a project's timeline, one marker per report that mentions it", async () => {
    const [row] = (await cypherRows(
      `MATCH (r:Report)-[:MENTIONS_PROJECT]->(p:Project) WHERE r.year IS NOT NULL
       WITH p, count(DISTINCT r) AS reports, count(DISTINCT r.year) AS years WHERE years >= 2
       RETURN p.key AS key, reports ORDER BY years DESC, reports DESC, key LIMIT 1`,
    )) as [{ key: string; reports: number }];
    await page.goto(`${base}/projects/${encodeURIComponent(row.key)}`);
    expect(await page.locator("svg.timeline circle.mark").count()).toBe(row.reports);
    await screenshot(page, "project-timeline");
  });
});
