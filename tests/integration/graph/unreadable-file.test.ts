import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";

describe("a batch with unreadable files", () => {
  let scope: TestScope;
  beforeAll(async () => {
    scope = await createTestScope();
  });
  afterAll(() => scope.dispose());

  it("lands every readable report and names each file that failed", async () => {
    const files = await scope.add(SMALL_SET.slice(0, 2));
    const binary = path.join(scope.dir, "scan.txt");
    await writeFile(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 0, 9]));
    const missing = path.join(scope.dir, "missing.txt");

    const summary = await ingestPaths([...files, binary, missing]);
    expect(summary.reportsWritten).toBe(2);
    expect(summary.reportsFailed).toBe(2);
    const failed = summary.failures.map((f) => path.basename(f.source)).sort();
    expect(failed).toEqual(["missing.txt", "scan.txt"]);
    expect(summary.failures.filter((failure) => failure.message.length === 0)).toEqual([]);
    expect(await scope.reportIds()).toHaveLength(2);
  });
});
