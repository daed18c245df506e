import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { graphCounts, graphSnapshot, wipeGraph } from "./support/graph-state.ts";
import { SMALL_SET } from "./support/fixtures.ts";

describe("re-ingesting unchanged reports", () => {
  beforeAll(wipeGraph);
  afterAll(closeDriver);

  it("writes the reports once and then creates nothing", async () => {
    const first = await ingestPaths(SMALL_SET);
    expect(first.failures).toEqual([]);
    expect(first.reportsWritten).toBeGreaterThanOrEqual(SMALL_SET.length);
    expect(first.nodesCreated).toBeGreaterThan(0);
    expect(first.relationshipsCreated).toBeGreaterThan(0);
    const before = await graphSnapshot();

    const second = await ingestPaths(SMALL_SET);
    expect(second).toMatchObject({
      reportsWritten: 0,
      reportsSkipped: first.reportsWritten,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await graphSnapshot()).toEqual(before);
  });

  it("rewrites to the same graph when forced", async () => {
    const counts = await graphCounts();
    const before = await graphSnapshot();
    const forced = await ingestPaths(SMALL_SET, { force: true });
    expect(forced.reportsWritten).toBeGreaterThanOrEqual(SMALL_SET.length);
    expect(forced.nodesCreated).toBe(forced.nodesDeleted);
    expect(await graphCounts()).toEqual(counts);
    expect(await graphSnapshot()).toEqual(before);
  });
});
