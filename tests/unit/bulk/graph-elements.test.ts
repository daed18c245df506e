import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { reportElements } from "../../../src/bulk/graph-elements.ts";
import { extractDocument } from "../../../src/pipeline/index.ts";
import { createResolver, NO_USER_ALIASES, resolveReport, type ReportGraph } from "../../../src/resolve/index.ts";

const FIXTURE = fileURLToPath(new URL("../../../fixtures/reports/provinces/hebei_2025.txt", import.meta.url));

async function graphOfFixture(): Promise<ReportGraph> {
  const text = await readFile(FIXTURE, "utf8");
  const [report] = extractDocument({ source: "hebei_2025.txt", format: "txt", encoding: "utf-8", text });
  return resolveReport(report!, createResolver(NO_USER_ALIASES), text.slice(report!.start, report!.end));
}

describe("a report's graph as import rows", () => {
  it("has the report, its sections, evidence and observations as nodes, each once", async () => {
    const graph = await graphOfFixture();
    const elements = reportElements(graph, "2026-01-01T00:00:00Z");
    const ids = elements.nodes.map((node) => `${node.label}:${node.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    const count = (label: string): number => elements.nodes.filter((node) => node.label === label).length;
    expect(count("Report")).toBe(1);
    expect(count("Section")).toBe(new Set(graph.sections.map((s) => s.id)).size);
    expect(count("Evidence")).toBe(new Set(graph.evidence.map((e) => e.id)).size);
    expect(count("Observation")).toBeGreaterThan(0);
    const report = elements.nodes.find((node) => node.label === "Report")!;
    expect(report.properties).toMatchObject({ id: graph.report.id, ingestedAt: "2026-01-01T00:00:00Z", text: graph.report.text });
    expect(report.properties).not.toHaveProperty("linkedWith");
  });

  it("hangs each section off its parent, or off the report at the top", async () => {
    const graph = await graphOfFixture();
    const { relationships } = reportElements(graph, "t");
    for (const section of graph.sections) {
      const parents = relationships.filter((r) => (r.type === "HAS_SECTION" || r.type === "HAS_SUBSECTION") && r.endId === section.id);
      expect(parents).toHaveLength(1);
      expect(parents[0]!.startId).toBe(section.parentId ?? graph.report.id);
    }
  });

  it("mentions each shared entity once, with the first spelling's node and the mention's own properties", async () => {
    const graph = await graphOfFixture();
    const elements = reportElements(graph, "t");
    const projects = elements.shared.filter((node) => node.label === "Project");
    expect(projects.map((p) => p.id)).toEqual(graph.projects.map((p) => p.key));
    const mentions = elements.relationships.filter((r) => r.type === "MENTIONS_PROJECT");
    expect(mentions).toHaveLength(graph.projects.length);
    const [first] = graph.projects;
    expect(mentions.find((m) => m.endId === first!.key)?.properties).toMatchObject({ status: first!.status, names: first!.names, evidenceIds: first!.evidenceIds });
    const observations = elements.nodes.filter((node) => node.label === "Observation").map((node) => node.id);
    const ofIndicator = elements.relationships.filter((r) => r.type === "OF_INDICATOR").map((r) => r.startId);
    expect(ofIndicator.sort()).toEqual(observations.sort());
  });

  it("writes relationships between its own nodes at once; none of this report's waits for another's", async () => {
    const graph = await graphOfFixture();
    const { relationships, deferred } = reportElements(graph, "t");
    expect(deferred).toEqual([]);
    const supports = relationships.filter((r) => r.type === "SUPPORTS");
    expect(supports.length).toBe(new Set(graph.supports.map((s) => `${s.evidenceId}|${s.label}|${s.target}`)).size);
  });

  it("leaves a relationship to a node only another report writes until every report is read", async () => {
    const graph = await graphOfFixture();
    const [observation] = graph.observations;
    const elsewhere = { ...graph, observations: [{ ...observation!, projectKey: "河北省|别处的项目" }] };
    const { relationships, deferred } = reportElements(elsewhere, "t");
    expect(deferred).toEqual([expect.objectContaining({ type: "FOR_PROJECT", startId: observation!.id, endId: "河北省|别处的项目" })]);
    expect(relationships.some((r) => r.type === "FOR_PROJECT")).toBe(false);
  });
});
