import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeDriver } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { SMALL_SET } from "./support/fixtures.ts";
import { graphSnapshot, wipeGraph } from "./support/graph-state.ts";

describe("two ingests at once", () => {
  beforeEach(wipeGraph);
  afterAll(closeDriver);

  it("end with the graph one ingest of all their files builds", async () => {
    const [a, b, c, d] = SMALL_SET as [string, string, string, string];
    const results = await Promise.all([ingestPaths([a, b, c]), ingestPaths([d, c, b]), ingestPaths([b, d])]);
    for (const result of results) expect(result.failures).toEqual([]);
    const concurrent = await graphSnapshot();

    await wipeGraph();
    const single = await ingestPaths([a, b, c, d]);
    expect(single.failures).toEqual([]);
    expect(concurrent).toEqual(await graphSnapshot());
  });
});
