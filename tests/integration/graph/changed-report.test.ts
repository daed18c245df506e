import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";

describe("re-ingesting a changed report", () => {
  let scope: TestScope;
  beforeEach(async () => {
    scope = await createTestScope();
  });
  afterEach(() => scope.dispose());

  it("leaves the graph a fresh ingest of the changed files would build", async () => {
    const files = await scope.add(SMALL_SET);
    await ingestPaths(files);
    const oldIds = await scope.reportIds();

    // Drop the last paragraph of one report and add a sentence naming a new project.
    const changed = files[1]!;
    await scope.rewrite(changed, (text) => `${text.slice(0, text.lastIndexOf("\n"))}\n加快推进雄安新区中关村科技园建设，启动京雄高速铁路配套工程。\n`);

    const update = await ingestPaths(files);
    expect(update.failures).toEqual([]);
    expect(update.reportsWritten).toBeGreaterThanOrEqual(1);
    expect(update.reportsRemoved).toBeGreaterThanOrEqual(1);
    expect(update.reportsSkipped).toBe(files.length - 1);
    const newIds = await scope.reportIds();
    expect(newIds).not.toEqual(oldIds);
    const afterUpdate = { counts: await scope.counts(), snapshot: await scope.snapshot() };

    await scope.clear();
    await ingestPaths(files);
    expect(await scope.counts()).toEqual(afterUpdate.counts);
    expect(await scope.snapshot()).toEqual(afterUpdate.snapshot);
  });

  it("builds the same graph whatever order the files come in", async () => {
    const files = await scope.add(SMALL_SET);
    await ingestPaths(files);
    const forward = await scope.snapshot();
    await scope.clear();
    for (const file of [...files].reverse()) await ingestPaths([file]);
    expect(await scope.snapshot()).toEqual(forward);
  });
});
