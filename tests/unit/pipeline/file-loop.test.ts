import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractPaths } from "../../../src/pipeline/index.ts";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/reports/", import.meta.url));

describe("the file loop of govkg extract", () => {
  it("gives the same reports in the same order with one worker and with two", async () => {
    const one = await extractPaths([FIXTURES], { workers: 1 });
    const two = await extractPaths([FIXTURES], { workers: 2 });
    expect(one.reports.map((report) => report.source)).toEqual([...one.reports.map((report) => report.source)].sort());
    expect(one.reports.length).toBeGreaterThanOrEqual(7);
    expect(two.reports).toEqual(one.reports);
    // Everything but the times, which differ from run to run.
    const figures = (summary: typeof one.summary) => ({ ...summary, durationMs: 0, extractMs: 0 });
    expect(figures(two.summary)).toEqual(figures(one.summary));
  }, 120_000);

  it("counts diagnostics by code, and their total is the diagnostics figure", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "govkg-loop-"));
    const file = path.join(dir, "placeholders.txt");
    await writeFile(file, "XX街道20xx年上半年工作总结\n完成公共财政预算收入XX亿元，增长%。\n");
    const run = await extractPaths([file], { workers: 1 });
    expect(run.summary.files).toBe(1);
    expect(run.summary.reports).toBe(run.reports.length);
    const total = Object.values(run.summary.diagnosticCounts).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(run.summary.diagnostics);
    expect(total).toBe(run.reports.flatMap((report) => report.diagnostics).length);
    expect(Object.keys(run.summary.diagnosticCounts).length).toBeGreaterThan(0);
  });

  it("fails a file with a broken sidecar with invalid_sidecar, as ingest does, and goes on with the rest", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "govkg-loop-"));
    await writeFile(path.join(dir, "a.txt"), "某某县2024年政府工作报告\n全年地区生产总值增长5%。\n");
    await writeFile(path.join(dir, "a.meta.json"), "{ not json");
    await writeFile(path.join(dir, "b.txt"), "某某县2023年政府工作报告\n全年地区生产总值增长6%。\n");
    const run = await extractPaths([dir], { workers: 2 });
    expect(run.summary.failures.map((failure) => [path.basename(failure.source), failure.code])).toEqual([["a.txt", "invalid_sidecar"]]);
    expect(run.summary.failures[0]?.message).toContain("a.meta.json");
    expect(run.reports.map((report) => path.basename(report.source))).toEqual(["b.txt"]);
  });
});
