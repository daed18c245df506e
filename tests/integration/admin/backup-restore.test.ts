import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backupGraph, graphStats, modelStats, restoreGraph, RestoreError } from "../../../src/graph/admin/index.ts";
import { closeDriver } from "../../../src/graph/connection.ts";
import { exportGraph } from "../../../src/graph/export/index.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { SMALL_SET } from "../graph/support/fixtures.ts";
import { graphSnapshot, wipeGraph } from "../graph/support/graph-state.ts";
import { propertyTypes } from "./support/property-types.ts";

describe("govkg db backup and db restore", () => {
  let dir: string;
  let expectedGraph: string[];
  let expectedTypes: string[];

  const ingestSmallSet = async (): Promise<void> => {
    await wipeGraph();
    await ingestPaths(SMALL_SET);
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "govkg-backup-"));
    await ingestSmallSet();
    expectedGraph = await graphSnapshot();
    expectedTypes = await propertyTypes();
    expect(expectedGraph.length).toBeGreaterThan(100);
    // The model's integers, floats and string lists are all present, so the round trip tests each.
    expect(expectedTypes.join("\n")).toMatch(/year:INTEGER NOT NULL/u);
    expect(expectedTypes.join("\n")).toMatch(/mergeScore:FLOAT NOT NULL/u);
    expect(expectedTypes.join("\n")).toMatch(/aliases:LIST<STRING NOT NULL> NOT NULL/u);
  });
  beforeEach(async () => {
    if ((await modelStats()).reports === 0) await ingestSmallSet();
  });
  afterAll(closeDriver);

  it.each(["graph.jsonl", "graph.jsonl.gz"])("a backup (%s) restored into an empty database is the same graph, property types included", async (name) => {
    const file = path.join(dir, name);
    const backup = await backupGraph(file);
    expect(backup.nodes).toBeGreaterThan(0);
    await wipeGraph();
    expect((await modelStats()).nodes).toBe(0);

    const restored = await restoreGraph(file);
    expect(restored).toMatchObject({ nodes: backup.nodes, relationships: backup.relationships, replaced: { reports: 0, nodes: 0 } });
    expect(await graphSnapshot()).toEqual(expectedGraph);
    expect(await propertyTypes()).toEqual(expectedTypes);
  });

  it("an export --format jsonl restores the same way", async () => {
    const out = path.join(dir, "export");
    await exportGraph("jsonl", out);
    await wipeGraph();
    await restoreGraph(path.join(out, "graph.jsonl"));
    expect(await graphSnapshot()).toEqual(expectedGraph);
    expect(await propertyTypes()).toEqual(expectedTypes);
  });

  it("refuses a database that holds a graph, naming the server and its reports; --replace deletes it first", async () => {
    const file = path.join(dir, "refuse.jsonl");
    await backupGraph(file);
    const before = await graphStats();
    const refused: unknown = await restoreGraph(file).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RestoreError);
    expect((refused as RestoreError).code).toBe("not_empty");
    expect((refused as RestoreError).message).toContain(`${before.uri}, database ${before.database}`);
    expect((refused as RestoreError).message).toContain(`${before.reports} reports`);
    expect(await graphStats()).toEqual(before);

    const replaced = await restoreGraph(file, { replace: true });
    expect(replaced.replaced.reports).toBe(before.reports);
    expect(await graphSnapshot()).toEqual(expectedGraph);
  });

  it("a bad line names the file and its line number, and nothing is written", async () => {
    const good = path.join(dir, "good.jsonl");
    await backupGraph(good);
    const lines = (await readFile(good, "utf8")).trimEnd().split("\n");
    const node = JSON.parse(lines[0]!) as { properties: Record<string, unknown> };
    const bad = path.join(dir, "bad.jsonl");
    // A float where the model has an integer would not round-trip; the restore refuses it.
    const broken = JSON.stringify({ ...node, type: "node", label: "Report", id: "r", properties: { id: "r", year: 2024.5 } });
    await writeFile(bad, [...lines.slice(0, 2), broken, ...lines.slice(2)].join("\n"));
    await wipeGraph();

    const error: unknown = await restoreGraph(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as RestoreError).message).toMatch(new RegExp(`^${bad.replaceAll(/[.*+?^${}()|[\]\\/]/gu, "\\$&")}:3: properties\\.year`, "u"));
    expect((await modelStats()).nodes).toBe(0);
  });
});
