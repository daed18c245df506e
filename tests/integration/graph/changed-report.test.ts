import { readFile, writeFile } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeDriver } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { copyFixtures, SMALL_SET } from "./support/fixtures.ts";
import { graphCounts, graphSnapshot, reportIds, wipeGraph } from "./support/graph-state.ts";

describe("re-ingesting a changed report", () => {
  beforeEach(wipeGraph);
  afterAll(closeDriver);

  it("leaves the graph a fresh ingest of the changed files would build", async () => {
    const { files } = await copyFixtures(SMALL_SET);
    await ingestPaths(files);
    const oldIds = await reportIds();

    // Drop the last paragraph of one report and add a sentence naming a new project.
    const changed = files[1]!;
    const text = await readFile(changed, "utf8");
    const cut = text.lastIndexOf("\n", text.length - 2);
    await writeFile(changed, `${text.slice(0, cut)}\n加快推进雄安新区中关村科技园建设，启动京雄高速铁路配套工程。\n`);

    const update = await ingestPaths(files);
    expect(update.failures).toEqual([]);
    expect(update.reportsWritten).toBeGreaterThanOrEqual(1);
    expect(update.reportsRemoved).toBeGreaterThanOrEqual(1);
    expect(update.reportsSkipped).toBe(files.length - 1);
    const newIds = await reportIds();
    expect(newIds).not.toEqual(oldIds);
    const afterUpdate = { counts: await graphCounts(), snapshot: await graphSnapshot() };

    await wipeGraph();
    await ingestPaths(files);
    expect(await graphCounts()).toEqual(afterUpdate.counts);
    expect(await graphSnapshot()).toEqual(afterUpdate.snapshot);
  });

  it("builds the same graph whatever order the files come in", async () => {
    await ingestPaths(SMALL_SET);
    const forward = await graphSnapshot();
    await wipeGraph();
    for (const file of [...SMALL_SET].reverse()) await ingestPaths([file]);
    expect(await graphSnapshot()).toEqual(forward);
  });
});
