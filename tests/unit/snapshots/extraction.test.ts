import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExtractedReportSchema } from "../../../src/domain/index.ts";
import { extractDocument } from "../../../src/pipeline/index.ts";
import { renderReports } from "./render.ts";

const FIXTURES = ["wanzhou-2023h1-excerpt", "guandu-2023h1-plan-execution-excerpt", "hebei-2025-opening"];

describe("extraction snapshots of real reports", () => {
  it.each(FIXTURES)("%s", async (name) => {
    const source = `fixtures/snapshots/${name}.txt`;
    const text = readFileSync(new URL(`../../../${source}`, import.meta.url), "utf8");
    const reports = extractDocument({ source, format: "txt", encoding: "utf-8", text });
    for (const report of reports) {
      ExtractedReportSchema.parse(report);
      // Every piece of evidence must quote the source at its own offsets.
      const evidence = [...report.indicators, ...report.projects, ...report.departments, ...report.problems, ...report.responsibilities].map((r) => r.evidence);
      for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    await expect(`# ${source}\n\n${renderReports(reports)}`).toMatchFileSnapshot(`./__snapshots__/${name}.txt`);
  });
});
