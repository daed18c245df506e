import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { copyFixtures, SMALL_SET } from "./support/fixtures.ts";
import { reportIds, wipeGraph } from "./support/graph-state.ts";

describe("a batch with unreadable files", () => {
  beforeAll(wipeGraph);
  afterAll(closeDriver);

  it("lands every readable report and names each file that failed", async () => {
    const { dir, files } = await copyFixtures(SMALL_SET.slice(0, 2));
    const binary = path.join(dir, "scan.txt");
    await writeFile(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 0, 9]));
    const missing = path.join(dir, "missing.txt");

    const summary = await ingestPaths([...files, binary, missing]);
    expect(summary.reportsWritten).toBe(2);
    expect(summary.reportsFailed).toBe(2);
    const failed = summary.failures.map((f) => path.basename(f.source)).sort();
    expect(failed).toEqual(["missing.txt", "scan.txt"]);
    for (const failure of summary.failures) expect(failure.message.length).toBeGreaterThan(0);
    expect(await reportIds()).toHaveLength(2);
  });
});
