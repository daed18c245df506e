import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeReport } from "../../src/graph/write/index.ts";
import { ingestText } from "../../src/pipeline/index.ts";
import { ask, testApi, type Loose } from "./support/client.ts";
import { closeDriver, cypherRows } from "./support/graph.ts";

// A county of its own: no other test (or run) holds reports of this issuer.
const TAG = `缓存测试${Array.from({ length: 6 }, () => "甲乙丙丁戊己庚辛壬癸"[randomInt(10)]).join("")}`;
const ISSUER = `${TAG}县人民政府`;
const KEY = "cache-test-key-0123456789abcdef";
const written: string[] = [];

const reportText = (year: number): string =>
  `${TAG}县${year}年上半年工作总结\n\n一、主要工作\n\n上半年，全县地区生产总值完成${40 + year - 2020}亿元，同比增长6.5%。建成${TAG}水库。\n`;

const REPORTS = `query ($issuer: String!) { reports(filter: { issuer: $issuer }) { items { id year } } }`;

async function post(yoga: ReturnType<typeof testApi>, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, etag: response.headers.get("etag"), body: response.status === 304 ? null : ((await response.json()) as Loose) };
}

const years = (answer: { body: Loose | null }): number[] =>
  ((answer.body?.data?.reports?.items ?? []) as { year: number }[]).map((report) => report.year).sort();

// A write first, so the graph has a version to cache by (a fresh database has none).
beforeAll(async () => {
  await ingestText(reportText(2023), { source: `${TAG}-2023.txt`, issuer: ISSUER, year: 2023, period: "H1", kind: "review" });
  const stored = await cypherRows("MATCH (r:Report) WHERE r.source = $source RETURN r.id AS id", { source: `${TAG}-2023.txt` });
  written.push(...stored.map((row) => String(row.id)));
});

afterAll(async () => {
  for (const id of written) await removeReport(id);
  await closeDriver();
});

describe("the response cache", () => {
  const yoga = testApi({ apiKey: KEY });

  it("answers a repeated query from the cache, with an ETag that names the graph version", async () => {
    const first = await post(yoga, REPORTS, { issuer: TAG });
    const second = await post(yoga, REPORTS, { issuer: TAG });
    expect(first.body?.errors).toBeUndefined();
    expect(years(first)).toEqual([2023]);
    expect(second.body).toEqual(first.body);
    expect(second.etag).toBeTruthy();
    expect(second.etag).toBe(first.etag);
    const notModified = await post(yoga, REPORTS, { issuer: TAG }, { "if-none-match": String(second.etag) });
    expect(notModified.status).toBe(304);
  });

  it("never answers a query sent after an ingest through the mutation with the answer from before it", async () => {
    const before = await post(yoga, REPORTS, { issuer: TAG });
    const ingested = await ask(
      yoga,
      `mutation ($text: String!, $meta: ReportMetaInput) { ingestReport(text: $text, meta: $meta) { reports { id } reportsWritten } }`,
      { text: reportText(2024), meta: { source: `${TAG}-2024.txt`, issuer: ISSUER, year: 2024, period: "H1", kind: "REVIEW" } },
      { authorization: `Bearer ${KEY}` },
    );
    expect(ingested.body.errors).toBeUndefined();
    const result = ingested.body.data?.ingestReport as { reports: { id: string }[]; reportsWritten: number };
    expect(result.reportsWritten).toBe(1);
    written.push(...result.reports.map((report) => report.id));

    const after = await post(yoga, REPORTS, { issuer: TAG });
    expect(years(before)).not.toContain(2024);
    expect(years(after)).toContain(2024);
    expect(after.etag).not.toBe(before.etag);
    // The client's old ETag no longer matches: it gets the new answer, not 304.
    const revalidated = await post(yoga, REPORTS, { issuer: TAG }, { "if-none-match": String(before.etag) });
    expect(revalidated.status).toBe(200);
    expect(years(revalidated)).toContain(2024);
  });

  it("never answers a query sent after a pipeline ingest (another writer) with the answer from before it", async () => {
    const reader = testApi();
    const before = await post(reader, REPORTS, { issuer: TAG });
    expect(years(before)).not.toContain(2025);
    const summary = await ingestText(reportText(2025), { source: `${TAG}-2025.txt`, issuer: ISSUER, year: 2025, period: "H1", kind: "review" });
    expect(summary.reportsWritten).toBe(1);
    const stored = await cypherRows("MATCH (r:Report) WHERE r.source = $source RETURN r.id AS id", { source: `${TAG}-2025.txt` });
    written.push(...stored.map((row) => String(row.id)));
    const after = await post(reader, REPORTS, { issuer: TAG });
    expect(years(after)).toEqual([2023, 2024, 2025]);
  });

  it("is bypassed by requests that carry credentials", async () => {
    const first = await post(yoga, REPORTS, { issuer: TAG }, { authorization: `Bearer ${KEY}` });
    expect(first.body?.errors).toBeUndefined();
    expect(first.etag).toBeNull();
  });
});

describe("the pages' ETags", () => {
  const yoga = testApi();
  const page = (headers: Record<string, string> = {}) => yoga.fetch(`http://localhost/reports?issuer=${encodeURIComponent(TAG)}`, { headers });

  it("answer 304 while the graph is unchanged, and the new page once a write changed it", async () => {
    const first = await page();
    const etag = first.headers.get("etag");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(etag).toBeTruthy();
    expect((await page({ "if-none-match": String(etag) })).status).toBe(304);

    const summary = await ingestText(reportText(2026), { source: `${TAG}-2026.txt`, issuer: ISSUER, year: 2026, period: "H1", kind: "review" });
    expect(summary.reportsWritten).toBe(1);
    const stored = await cypherRows("MATCH (r:Report) WHERE r.source = $source RETURN r.id AS id", { source: `${TAG}-2026.txt` });
    written.push(...stored.map((row) => String(row.id)));

    const after = await page({ "if-none-match": String(etag) });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(await after.text()).toContain("2026");
  });
});
