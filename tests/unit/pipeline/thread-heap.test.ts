import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runFileTask, type FileTask } from "../../../src/pipeline/file-task.ts";
import { createExtractionPool } from "../../../src/pipeline/workers/pool.ts";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/reports/national/", import.meta.url));

/** A text handed over directly, extracted only. */
const taskOf = (source: string, text: string): FileTask => ({
  path: source,
  source,
  doc: { source, format: "txt", encoding: null, text },
  overrides: {},
  maxFileBytes: 50 * 1024 * 1024,
});

describe("the extraction threads' heap cap", () => {
  it("extracts a file too big for a thread's heap on the main thread, with the same result", async () => {
    const names = (await readdir(FIXTURES)).filter((name) => name.endsWith(".txt")).sort();
    const texts = await Promise.all(names.map((name) => readFile(path.join(FIXTURES, name), "utf8")));
    // One report written out many times: far more than a thread capped at 16 MB can hold.
    const big = taskOf("big.txt", texts.join("\n").repeat(12));
    const small = taskOf(names[0]!, texts[0]!);
    const pool = createExtractionPool(2, 2, 16);
    try {
      const [bigOutcome, smallOutcome] = await Promise.all([pool.run(big), pool.run(small)]);
      const withoutTime = ({ extractMs: _ms, ...outcome }: Awaited<ReturnType<typeof runFileTask>>) => outcome;
      expect(bigOutcome.error).toBeNull();
      expect(bigOutcome.reports.length).toBeGreaterThan(0);
      expect(withoutTime(bigOutcome)).toEqual(withoutTime(await runFileTask(big)));
      expect(withoutTime(smallOutcome)).toEqual(withoutTime(await runFileTask(small)));
    } finally {
      await pool.close();
    }
  }, 120_000);
});
