import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, entityKinds } from "../../../src/domain/index.ts";
import { reportSteps } from "../../../src/graph/write/report-steps.ts";
import { extractDocument } from "../../../src/pipeline/index.ts";
import { createResolver, resolveReport } from "../../../src/resolve/index.ts";

const FILE = fileURLToPath(new URL("../../../fixtures/reports/provinces/hebei_2025.txt", import.meta.url));

function graphOfFixture() {
  const text = readFileSync(FILE, "utf8");
  const [report] = extractDocument({ source: FILE, format: "txt", encoding: "utf-8", text });
  if (report === undefined) throw new Error("the fixture holds no report");
  return resolveReport(report, createResolver(), text.slice(report.start, report.end));
}

describe("the statements of one report's transaction", () => {
  const graph = graphOfFixture();
  const steps = reportSteps(graph);
  const names = steps.map(([name]) => name);
  const at = (name: string): number => names.indexOf(name);

  it("run every upsert statement of the registry once, each kind's nodes before anything that points at them", () => {
    const upserts: string[] = ENTITY_KINDS.flatMap((kind) => entityKinds[kind].statements.upsert.map((statement) => statement.name));
    expect([...names].filter((name) => upserts.includes(name)).sort()).toEqual([...upserts].sort());
    expect(names.slice(0, 3)).toEqual(["upsert-report", "upsert-sections", "upsert-evidence"]);
    expect(at("upsert-observations")).toBeGreaterThan(at("upsert-projects"));
    expect(at("upsert-observations")).toBeGreaterThan(at("upsert-indicators"));
    expect(at("upsert-responsibilities")).toBeGreaterThan(Math.max(at("upsert-projects"), at("upsert-departments")));
    expect(names.at(-1)).toBe("link-supports");
  });

  it("hand each statement the rows of its report-graph field, and every support in one list naming its label", () => {
    const params = new Map(steps);
    expect(params.get("upsert-projects")).toEqual({ reportId: graph.report.id, rows: graph.projects });
    expect(params.get("upsert-observations")).toEqual({ reportId: graph.report.id, rows: graph.observations });
    expect(graph.observations.length).toBeGreaterThan(0);
    expect(params.get("link-supports")).toEqual({ rows: graph.supports });
    const labels = new Set(graph.supports.map((row) => row.label));
    expect([...labels].every((label) => ENTITY_KINDS.some((kind) => entityKinds[kind].supports.label === label))).toBe(true);
    expect(labels.has("Observation") && labels.has("Project")).toBe(true);
  });
});
