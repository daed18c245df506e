import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractToDir } from "../../../src/bulk/index.ts";
import { latestResults } from "../../../src/bulk/latest-results.ts";
import { readResultFile } from "../../../src/bulk/read-results.ts";

const PROVINCES = fileURLToPath(new URL("../../../fixtures/reports/provinces/", import.meta.url));

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "govkg-bulk-"));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function sources(): Promise<string> {
  const dir = path.join(work, "reports");
  await cp(PROVINCES, dir, { recursive: true });
  return dir;
}

describe("govkg extract --out", () => {
  it("writes one result file per source, each line a report with its text, and skips them on a rerun", async () => {
    const dir = await sources();
    const out = path.join(work, "out");
    const first = await extractToDir([dir], out);
    expect(first).toMatchObject({ files: 2, written: 2, skipped: 0, errors: [] });
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((name) => /^[0-9a-f]{40}\.jsonl$/u.test(name))).toBe(true);

    for (const name of files) {
      const read = await readResultFile(path.join(out, name));
      expect(read.ok).toBe(true);
      const lines = read.ok ? read.lines : [];
      expect(lines).toHaveLength(1);
      const [line] = lines;
      const original = await readFile(path.resolve(line!.report.source), "utf8");
      expect(line!.text).toBe(original.slice(line!.report.start, line!.report.end));
      expect(line!.report.indicators.length).toBeGreaterThan(0);
    }

    const second = await extractToDir([dir], out);
    expect(second).toMatchObject({ files: 2, written: 0, skipped: 2, reports: 0 });
    expect((await readdir(out)).sort()).toEqual(files);
  });

  it("names a changed source anew; the newest result of a source is the one loaded", async () => {
    const dir = await sources();
    const out = path.join(work, "out");
    await extractToDir([dir], out);
    const before = new Set(await readdir(out));
    const file = path.join(dir, "hebei_2025.txt");
    await writeFile(file, `${await readFile(file, "utf8")}\n（补充一句。）\n`);
    const again = await extractToDir([dir], out);
    expect(again).toMatchObject({ written: 1, skipped: 1 });
    const added = (await readdir(out)).filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    // Make the older file older than the new one beyond the clock's resolution.
    for (const name of before) await utimes(path.join(out, name), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const latest = await latestResults(out);
    expect(latest.files.map((f) => path.basename(f))).toContain(added[0]);
    expect(latest.files).toHaveLength(2);
    expect(latest.stale).toHaveLength(1);
  });

  it("splits the files between machines with --shard, each file in exactly one share", async () => {
    const dir = await sources();
    const out = path.join(work, "out");
    const one = await extractToDir([dir], out, { shard: { index: 0, count: 2 } });
    const two = await extractToDir([dir], out, { shard: { index: 1, count: 2 } });
    expect([one.written, two.written]).toEqual([1, 1]);
    expect(await readdir(out)).toHaveLength(2);
  });

  it("reports an unreadable source and writes nothing for it", async () => {
    const out = path.join(work, "out");
    const summary = await extractToDir([path.join(work, "missing.txt")], out);
    expect(summary.written).toBe(0);
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]!.message).toContain("missing.txt");
    expect(await readdir(out)).toEqual([]);
  });
});
