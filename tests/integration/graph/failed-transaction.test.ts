import { readFile, writeFile } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeDriver } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { copyFixtures, SMALL_SET } from "./support/fixtures.ts";
import { graphSnapshot, nodesOfReport, reportIds, wipeGraph } from "./support/graph-state.ts";

describe("a report whose write fails mid-transaction", () => {
  beforeEach(wipeGraph);
  afterAll(closeDriver);

  it("leaves nothing of that report and says which one did not land", async () => {
    const { files } = await copyFixtures(SMALL_SET);
    const broken = files[0]!;
    const summary = await ingestPaths(files, { fault: { report: broken, afterStatements: 6 } });

    expect(summary.reportsFailed).toBe(1);
    expect(summary.failures).toHaveLength(1);
    const [failure] = summary.failures;
    expect(failure?.source.endsWith("hebei_2025.txt")).toBe(true);
    expect(failure?.reportId).toMatch(/^[0-9a-f]+$/u);
    expect(failure?.message).toMatch(/injected failure/u);
    expect(await nodesOfReport(failure!.reportId!)).toBe(0);
    expect(await reportIds()).toHaveLength(files.length - 1);

    // The same batch without the fault lands the missing report and only it.
    const retry = await ingestPaths(files);
    expect(retry).toMatchObject({ reportsWritten: 1, reportsSkipped: files.length - 1, reportsFailed: 0 });
    expect(await nodesOfReport(failure!.reportId!)).toBeGreaterThan(1);
  });

  it("keeps the previous version of a report when rewriting it fails", async () => {
    const { files } = await copyFixtures(SMALL_SET.slice(0, 2));
    await ingestPaths(files);
    const before = await graphSnapshot();
    const target = files[0]!;
    await writeFile(target, `${await readFile(target, "utf8")}\n推进京津冀协同发展重点工程建设。\n`);

    const summary = await ingestPaths(files, { fault: { report: target, afterStatements: 10 } });
    expect(summary.reportsFailed).toBe(1);
    expect(summary.reportsWritten).toBe(0);
    expect(await graphSnapshot()).toEqual(before);
  });
});
