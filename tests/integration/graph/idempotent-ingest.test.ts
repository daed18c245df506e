import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";

describe("re-ingesting unchanged reports", () => {
  let scope: TestScope;
  let files: string[];
  beforeAll(async () => {
    scope = await createTestScope();
    files = await scope.add(SMALL_SET);
  });
  afterAll(() => scope.dispose());

  it("writes the reports once and then creates nothing", async () => {
    const first = await ingestPaths(files);
    expect(first.failures).toEqual([]);
    expect(first.reportsWritten).toBeGreaterThanOrEqual(files.length);
    expect(first.nodesCreated).toBeGreaterThan(0);
    expect(first.relationshipsCreated).toBeGreaterThan(0);
    const before = await scope.snapshot();

    const second = await ingestPaths(files);
    expect(second).toMatchObject({
      reportsWritten: 0,
      reportsSkipped: first.reportsWritten,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await scope.snapshot()).toEqual(before);
  });

  it("rewrites to the same graph when forced", async () => {
    const counts = await scope.counts();
    const before = await scope.snapshot();
    const forced = await ingestPaths(files, { force: true });
    expect(forced.reportsWritten).toBeGreaterThanOrEqual(files.length);
    expect(forced.nodesCreated).toBe(forced.nodesDeleted);
    expect(await scope.counts()).toEqual(counts);
    expect(await scope.snapshot()).toEqual(before);
  });
});
