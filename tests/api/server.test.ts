import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/api/index.ts";
import { closeDriver } from "./support/graph.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ host: "127.0.0.1", port: 0, logging: "error" });
});
afterAll(async () => {
  await server.close();
  await closeDriver();
});

describe("startServer over HTTP on loopback", () => {
  it("prints a /graphql URL on 127.0.0.1 and answers queries there", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ ok stats { reports } }" }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { ok: boolean; stats: { reports: number } } };
    expect(body.data.ok).toBe(true);
    expect(body.data.stats.reports).toBeGreaterThanOrEqual(0);
  });

  it("serves GraphiQL to a browser without reaching a CDN", async () => {
    const response = await fetch(server.url, { headers: { accept: "text/html" } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("<title>GovKG</title>");
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });

  it("serves /healthz", async () => {
    const response = await fetch(server.url.replace(/\/graphql$/, "/healthz"));
    expect(response.status).toBe(200);
  });

  it("refuses mutations over GET", async () => {
    const url = `${server.url}?query=${encodeURIComponent("mutation { ingestReport(text: \"x\") { reportsWritten } }")}`;
    const response = await fetch(url, { headers: { accept: "application/json" } });
    expect(response.status).toBe(405);
  });
});
