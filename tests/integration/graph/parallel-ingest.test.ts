import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSession } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";

async function unsettled(): Promise<number> {
  return withSession("read", async (session) => {
    const result = await session.run("MATCH (n:Unsettled) RETURN count(n) AS n");
    return Number(result.records[0]?.get("n") ?? -1);
  });
}

describe("ingest with several extraction threads", () => {
  let scope: TestScope;
  beforeAll(async () => {
    scope = await createTestScope();
  });
  afterAll(() => scope.dispose());

  it("builds the graph one thread builds, and leaves every shared entity settled", async () => {
    const files = await scope.add(SMALL_SET);
    const single = await ingestPaths(files, { workers: 1 });
    expect(single.failures).toEqual([]);
    expect(await unsettled()).toBe(0);
    const one = await scope.snapshot();

    await scope.clear();
    const parallel = await ingestPaths(files, { workers: 2, writers: 3 });
    expect(parallel.failures).toEqual([]);
    expect(parallel.reportsWritten).toBe(single.reportsWritten);
    expect(parallel.diagnosticCounts).toEqual(single.diagnosticCounts);
    expect(await unsettled()).toBe(0);
    expect(await scope.snapshot()).toEqual(one);
  });
});
