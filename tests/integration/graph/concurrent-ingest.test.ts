import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";

describe("two ingests at once", () => {
  let scope: TestScope;
  beforeAll(async () => {
    scope = await createTestScope();
  });
  afterAll(() => scope.dispose());

  it("end with the graph one ingest of all their files builds", async () => {
    const [a, b, c, d] = (await scope.add(SMALL_SET)) as [string, string, string, string];
    const results = await Promise.all([ingestPaths([a, b, c]), ingestPaths([d, c, b]), ingestPaths([b, d])]);
    for (const result of results) expect(result.failures).toEqual([]);
    const concurrent = await scope.snapshot();

    await scope.clear();
    const single = await ingestPaths([a, b, c, d]);
    expect(single.failures).toEqual([]);
    expect(concurrent).toEqual(await scope.snapshot());
  });
});
