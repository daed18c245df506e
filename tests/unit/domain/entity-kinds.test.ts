import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, entityKinds, ExtractedReportSchema, recordsOf } from "../../../src/domain/index.ts";
import { extractDocument } from "../../../src/pipeline/index.ts";
import { createResolver, resolveReport } from "../../../src/resolve/index.ts";

const source = "fixtures/snapshots/hebei-2025-opening.txt";
const text = readFileSync(new URL(`../../../${source}`, import.meta.url), "utf8");
const reports = extractDocument({ source, format: "txt", encoding: "utf-8", text });

describe("the entity-kind registry", () => {
  it("gives every kind its own list, label and statements", () => {
    const lists = ENTITY_KINDS.map((kind) => entityKinds[kind].list);
    const labels = ENTITY_KINDS.map((kind) => entityKinds[kind].label);
    expect(new Set(lists).size).toBe(ENTITY_KINDS.length);
    expect(new Set(labels).size).toBe(ENTITY_KINDS.length);
    expect(entityKinds.indicator.statements.upsert.map((statement) => statement.rows)).toEqual(["indicators", "observations"]);
  });

  it("stamps every extracted record with its kind and its evidence with its report", () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(ExtractedReportSchema.safeParse(report).success).toBe(true);
      for (const kind of ENTITY_KINDS) {
        const records = recordsOf(report, kind);
        expect(records.map((r) => r.entity)).toEqual(records.map(() => kind));
        expect(new Set(records.map((r) => r.evidence.reportId))).toEqual(new Set(records.length > 0 ? [report.id] : []));
      }
      expect(new Set(report.responsibilities.map((r) => r.evidence.reportId))).toEqual(new Set(report.responsibilities.length > 0 ? [report.id] : []));
    }
    // The fixture has records of every kind, or the loop above proves little.
    const found = ENTITY_KINDS.filter((kind) => reports.some((report) => recordsOf(report, kind).length > 0));
    expect(found).toEqual(["indicator", "project", "department", "organization", "problem"]);
  });

  it("refuses a record whose kind is not its list's", () => {
    const report = reports[0]!;
    const wrong = { ...report, projects: report.projects.map((p) => ({ ...p, entity: "department" })) };
    expect(report.projects.length).toBeGreaterThan(0);
    expect(ExtractedReportSchema.safeParse(wrong).success).toBe(false);
  });

  it("resolves every kind into the graph rows of its list", () => {
    const graph = resolveReport(reports[0]!, createResolver(), text);
    for (const kind of ENTITY_KINDS) expect(graph).toHaveProperty(entityKinds[kind].list);
    expect(graph.projects.length).toBeGreaterThan(0);
    expect(graph.evidence.every((row) => row.id.startsWith(`${reports[0]!.id}:e`))).toBe(true);
  });
});
