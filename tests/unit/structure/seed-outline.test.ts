import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StructuredReport } from "../../../src/domain/index.ts";
import { structureDocument } from "../../../src/structure/index.ts";
import { SHARED, sharedPresent, skipNotice, txtDocument } from "./shared-corpus.ts";

/** A reviewer's view of what structuring found: metadata, then the section tree with roles. */
function outline(report: StructuredReport): string {
  const { title, issuer, region, year, period, kind } = report.meta;
  const lines = [`# ${title}`, `  issuer=${issuer} region=${region} year=${year} period=${period} kind=${kind}`];
  for (const s of report.sections) lines.push(`${"  ".repeat(s.level)}- [${s.role}] ${s.heading}`);
  lines.push(`  ${report.sentences.length} sentences`);
  return lines.join("\n");
}

skipNotice("the seed outline snapshot");

describe.skipIf(!sharedPresent)("the seed compilation", () => {
  it("keeps its outline: reports, metadata, sections and roles", async () => {
    const file = join(SHARED, "corpus", "seed", "000_95c15c7a41ba88be.txt");
    const text = structureDocument(txtDocument(file)).map(outline).join("\n\n");
    await expect(`${text}\n`).toMatchFileSnapshot("./__snapshots__/seed-outline.txt");
  });
});
