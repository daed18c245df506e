import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ExtractedReportSchema } from "../../../src/domain/index.ts";
import { extractDocument } from "../../../src/pipeline/index.ts";
import { renderReports } from "./render.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Every text under a fixtures folder, as paths from the repository root. */
function texts(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".txt"))
    .map((file) => `${folder}/${file.split(path.sep).join("/")}`)
    .sort();
}

// One snapshot per fixture: the excerpts kept for their hard cases (fixtures/snapshots)
// beside their own names, and every report the graph fixtures hold (fixtures/reports) under
// `reports/` with the same path, so a new fixture cannot arrive without its snapshot.
const SOURCES = [
  ...texts("fixtures/snapshots").map((source) => ({ source, snapshot: path.basename(source) })),
  ...texts("fixtures/reports").map((source) => ({ source, snapshot: source.replace(/^fixtures\//u, "") })),
];

describe("extraction snapshots of real reports", () => {
  it("covers every report fixture", () => {
    expect(SOURCES.filter(({ source }) => source.startsWith("fixtures/reports/")).length).toBeGreaterThanOrEqual(7);
  });

  it.each(SOURCES)("$source", async ({ source, snapshot }) => {
    const text = readFileSync(path.join(ROOT, source), "utf8");
    const reports = extractDocument({ source, format: "txt", encoding: "utf-8", text });
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) ExtractedReportSchema.parse(report);
    // Every piece of evidence must quote the source at its own offsets.
    const evidence = reports.flatMap((report) =>
      [...report.indicators, ...report.projects, ...report.departments, ...report.organizations, ...report.problems, ...report.responsibilities].map((r) => r.evidence),
    );
    expect(evidence.filter((e) => text.slice(e.start, e.end) !== e.text)).toEqual([]);
    await expect(`# ${source}\n\n${renderReports(reports)}`).toMatchFileSnapshot(`./__snapshots__/${snapshot}`);
  });
});
