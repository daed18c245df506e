import { mkdir } from "node:fs/promises";
import path from "node:path";
import { CsvExport } from "./csv-export.ts";
import { GraphmlExport } from "./graphml-export.ts";
import { JsonlExport } from "./jsonl-export.ts";
import { streamNodes, streamRelationships, type ExportNode, type ExportRelationship } from "./read-graph.ts";
import { writeCommitmentTable } from "./commitment-table.ts";
import { writeTargetTable } from "./target-table.ts";

export const EXPORT_FORMATS = ["csv", "jsonl", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Exporter {
  node(node: ExportNode): Promise<void>;
  relationship(rel: ExportRelationship): Promise<void>;
  close(): Promise<void>;
}

const exporters = {
  csv: (dir) => new CsvExport(dir),
  jsonl: (dir) => new JsonlExport(path.join(dir, "graph.jsonl")),
  graphml: (dir) => new GraphmlExport(dir),
} satisfies Record<ExportFormat, (dir: string) => Exporter>;

export interface ExportSummary {
  readonly nodes: number;
  readonly relationships: number;
  readonly durationMs: number;
}

/** Streams the whole graph into `dir` in one format; nodes first, then relationships. */
export async function exportGraph(format: ExportFormat, dir: string): Promise<ExportSummary> {
  await mkdir(dir, { recursive: true });
  const summary = await streamGraph(exporters[format](dir));
  // CSV readers get the target/outcome pairs and the commitments as flat tables beside the import files.
  if (format === "csv") {
    await writeTargetTable(dir);
    await writeCommitmentTable(dir);
  }
  return summary;
}

/** Streams the whole graph (GovKG's labels) into one exporter and closes it. */
export async function streamGraph(exporter: Exporter): Promise<ExportSummary> {
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  try {
    for await (const node of streamNodes()) {
      await exporter.node(node);
      nodes += 1;
    }
    for await (const rel of streamRelationships()) {
      await exporter.relationship(rel);
      relationships += 1;
    }
  } finally {
    await exporter.close();
  }
  return { nodes, relationships, durationMs: performance.now() - started };
}
