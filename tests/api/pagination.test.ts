import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, data, errorCodes, testApi } from "./support/client.ts";
import { closeDriver, fixtureReportIds, loadFixtures } from "./support/graph.ts";

beforeAll(loadFixtures);
afterAll(closeDriver);

const yoga = testApi();
const REPORTS = `query ($first: Int, $after: String) {
  reports(first: $first, after: $after) { items { id } pageInfo { hasNextPage endCursor } }
}`;

interface Page {
  reports: { items: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe("cursor pagination", () => {
  it("walks every report in pages of two, without gaps or repeats", async () => {
    const whole = await data<Page>(yoga, REPORTS, { first: 100 });
    const walked: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await data<Page>(yoga, REPORTS, { first: 2, after });
      expect(page.reports.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.reports.items.map((item) => item.id));
      after = page.reports.pageInfo.hasNextPage ? page.reports.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    // The fixture reports are this suite's own: whatever else the graph holds, they are
    // all walked, in the order one large page lists them.
    const fixtures = new Set(await fixtureReportIds());
    expect(fixtures.size).toBeGreaterThanOrEqual(7);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(expect.arrayContaining([...fixtures]));
    expect(walked.filter((id) => fixtures.has(id))).toEqual(whole.reports.items.map((item) => item.id).filter((id) => fixtures.has(id)));
    expect(pages).toBe(Math.ceil(walked.length / 2));
  });

  it("issues opaque base64 cursors and an empty last page has none", async () => {
    const first = await data<Page>(yoga, REPORTS, { first: 1 });
    expect(first.reports.pageInfo.endCursor).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const beyond = await data<Page>(yoga, `{ reports(first: 1, after: "${Buffer.from("govkg:offset:100000").toString("base64")}") { items { id } pageInfo { hasNextPage endCursor } } }`);
    expect(beyond.reports).toEqual({ items: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("caps a huge `first` at the maximum page size, top level and nested", async () => {
    const small = testApi({ maxPageSize: 3 });
    const page = await data<Page>(small, REPORTS, { first: 1_000_000 });
    expect(page.reports.items).toHaveLength(3);
    expect(page.reports.pageInfo.hasNextPage).toBe(true);
    const nested = await data(small, `{ recurringProjects(first: 1000) { items { mentions(first: 1000) { status } } } }`);
    expect(nested.recurringProjects.items.length).toBeLessThanOrEqual(3);
    for (const item of nested.recurringProjects.items) expect(item.mentions.length).toBeLessThanOrEqual(3);
    const search = await data(small, `{ search(text: "建设", first: 1000) { score } }`);
    expect(search.search.length).toBeLessThanOrEqual(3);
  });

  it("rejects a forged cursor and a negative page size", async () => {
    const forged = await ask(yoga, REPORTS, { first: 2, after: Buffer.from("offset:2").toString("base64") });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
    const garbage = await ask(yoga, REPORTS, { first: 2, after: "%%%not-base64" });
    expect(errorCodes(garbage)).toEqual(["BAD_USER_INPUT"]);
    const negative = await ask(yoga, REPORTS, { first: -1 });
    expect(errorCodes(negative)).toEqual(["BAD_USER_INPUT"]);
  });
});
