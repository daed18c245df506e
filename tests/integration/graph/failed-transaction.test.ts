import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";
import { nodesOfReport } from "./support/graph-state.ts";

describe("a report whose write fails mid-transaction", () => {
  let scope: TestScope;
  beforeEach(async () => {
    scope = await createTestScope();
  });
  afterEach(() => scope.dispose());

  it("leaves nothing of that report and says which one did not land", async () => {
    const files = await scope.add(SMALL_SET);
    const broken = files[0]!;
    const summary = await ingestPaths(files, { fault: { report: broken, afterStatements: 6 } });

    expect(summary.reportsFailed).toBe(1);
    expect(summary.failures).toHaveLength(1);
    const [failure] = summary.failures;
    expect(failure?.source.endsWith("hebei_2025.txt")).toBe(true);
    expect(failure?.reportId).toMatch(/^[0-9a-f]+$/u);
    expect(failure?.message).toMatch(/injected failure/u);
    expect(await nodesOfReport(failure!.reportId!)).toBe(0);
    expect(await scope.reportIds()).toHaveLength(files.length - 1);

    // The same batch without the fault lands the missing report and only it.
    const again = await ingestPaths(files);
    expect(again).toMatchObject({ reportsWritten: 1, reportsSkipped: files.length - 1, reportsFailed: 0 });
    expect(await nodesOfReport(failure!.reportId!)).toBeGreaterThan(1);
  });

  it("keeps the previous version of a report when rewriting it fails", async () => {
    const files = await scope.add(SMALL_SET.slice(0, 2));
    await ingestPaths(files);
    const before = await scope.snapshot();
    const target = files[0]!;
    await scope.rewrite(target, (text) => `${text}\n推进京津冀协同发展重点工程建设。\n`);

    const summary = await ingestPaths(files, { fault: { report: target, afterStatements: 10 } });
    expect(summary.reportsFailed).toBe(1);
    expect(summary.reportsWritten).toBe(0);
    expect(await scope.snapshot()).toEqual(before);
  });
});
