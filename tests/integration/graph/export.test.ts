import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../../src/graph/connection.ts";
import { exportGraph } from "../../../src/graph/export/index.ts";
import { NODE_SCHEMA } from "../../../src/graph/export/export-schema.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { SMALL_SET } from "./support/fixtures.ts";
import { graphCounts, wipeGraph } from "./support/graph-state.ts";

const LABELS = Object.keys(NODE_SCHEMA);

/** Splits one CSV line on commas outside double quotes. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  return [...cells, cell];
}

/** Splits CSV text into records on line ends outside double quotes (a report's text spans lines). */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let record = "";
  let quoted = false;
  for (const ch of text.trimEnd()) {
    if (ch === '"') quoted = !quoted;
    if (ch === "\n" && !quoted) {
      records.push(record);
      record = "";
    } else record += ch;
  }
  return [...records, record];
}

describe("govkg export", () => {
  let counts: Record<string, number>;
  const total = (names: string[]): number => names.reduce((sum, name) => sum + (counts[name] ?? 0), 0);

  beforeAll(async () => {
    await wipeGraph();
    await ingestPaths(SMALL_SET);
    counts = await graphCounts();
  });
  afterAll(closeDriver);

  it("writes CSV that neo4j-admin import reads: ID spaces per label, typed columns, every row", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "govkg-export-"));
    const summary = await exportGraph("csv", dir);
    const nodeTotal = total(LABELS);
    expect(summary.nodes).toBe(nodeTotal);
    expect(summary.relationships).toBe(total(Object.keys(counts).filter((name) => !LABELS.includes(name))));

    const project = (await readFile(path.join(dir, "nodes-Project.csv"), "utf8")).trimEnd().split("\n");
    expect(project[0]).toBe("key:ID(Project),name,aliases:string[],kind,scope,mergeRule,mergeScore:double,:LABEL");
    expect(project).toHaveLength((counts.Project ?? 0) + 1);
    const header = csvCells(project[0]!);
    for (const line of project.slice(1)) expect(csvCells(line)).toHaveLength(header.length);

    const files = await readdir(dir);
    const mentions = (await readFile(path.join(dir, "relationships-MENTIONS_PROJECT-Report-Project.csv"), "utf8")).split("\n")[0]!;
    expect(mentions.startsWith(":START_ID(Report),:END_ID(Project),")).toBe(true);
    expect(mentions.endsWith(",:TYPE")).toBe(true);
    expect(files).toContain("import-command.txt");
    let rows = 0;
    for (const file of files.filter((f) => f.startsWith("nodes-"))) rows += csvRecords(await readFile(path.join(dir, file), "utf8")).length - 1;
    expect(rows).toBe(nodeTotal);
  });

  it("writes one JSON object per node or relationship", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "govkg-export-"));
    const summary = await exportGraph("jsonl", dir);
    const lines = (await readFile(path.join(dir, "graph.jsonl"), "utf8")).trimEnd().split("\n").map((line) => JSON.parse(line) as { type: string; label?: string });
    expect(lines).toHaveLength(summary.nodes + summary.relationships);
    expect(lines.filter((l) => l.type === "node" && l.label === "Project")).toHaveLength(counts.Project ?? 0);
    expect(lines.filter((l) => l.type === "relationship")).toHaveLength(summary.relationships);
  });

  it("writes GraphML with every node and edge and declared keys only", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "govkg-export-"));
    const summary = await exportGraph("graphml", dir);
    const xml = await readFile(path.join(dir, "graph.graphml"), "utf8");
    expect(xml.match(/<node /gu)).toHaveLength(summary.nodes);
    expect(xml.match(/<edge /gu)).toHaveLength(summary.relationships);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/gu)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/gu)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key)).toBe(true);
    expect(xml.trimEnd().endsWith("</graphml>")).toBe(true);
  });
});
