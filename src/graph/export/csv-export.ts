import path from "node:path";
import { NODE_SCHEMA, nodeProperties, relationshipProperties, type PropertySpec } from "./export-schema.ts";
import type { ExportNode, ExportRelationship } from "./read-graph.ts";
import { FileSink } from "./sink.ts";

/** Array elements are joined with this; neo4j-admin's default `--array-delimiter`. */
export const ARRAY_DELIMITER = ";";

function cell(value: unknown, spec: PropertySpec): string {
  if (value === null || value === undefined) return "";
  if (spec.type === "string[]") {
    const items = Array.isArray(value) ? value : [value];
    return quote(items.map(String).join(ARRAY_DELIMITER));
  }
  if (spec.type === "string") return quote(String(value));
  return String(value);
}

const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`;

const column = (spec: PropertySpec): string => (spec.type === "string" ? spec.name : `${spec.name}:${spec.type}`);

/**
 * Writes CSV that `neo4j-admin database import` reads: one node file per label with an
 * ID space per label (`key:ID(Project)`), one relationship file per type and end labels.
 */
export class CsvExport {
  readonly #files = new Map<string, { sink: FileSink; write: (row: Readonly<Record<string, unknown>>) => string }>();
  readonly nodeFiles: string[] = [];
  readonly relationshipFiles: string[] = [];

  constructor(private readonly dir: string) {}

  async node(node: ExportNode): Promise<void> {
    const name = `nodes-${node.label}.csv`;
    let file = this.#files.get(name);
    if (!file) {
      const specs = nodeProperties(node.label);
      const sink = new FileSink(path.join(this.dir, name));
      const key = NODE_SCHEMA[node.label]?.key ?? "id";
      await sink.write(`${[`${key}:ID(${node.label})`, ...specs.map(column), ":LABEL"].join(",")}\n`);
      file = { sink, write: (row) => [quote(String(row.__id)), ...specs.map((s) => cell(row[s.name], s)), node.label].join(",") };
      this.#files.set(name, file);
      this.nodeFiles.push(name);
    }
    await file.sink.write(`${file.write({ ...node.properties, __id: node.id })}\n`);
  }

  async relationship(rel: ExportRelationship): Promise<void> {
    const name = `relationships-${rel.type}-${rel.startLabel}-${rel.endLabel}.csv`;
    let file = this.#files.get(name);
    if (!file) {
      const specs = relationshipProperties(rel.type);
      const sink = new FileSink(path.join(this.dir, name));
      await sink.write(`${[`:START_ID(${rel.startLabel})`, `:END_ID(${rel.endLabel})`, ...specs.map(column), ":TYPE"].join(",")}\n`);
      file = {
        sink,
        write: (row) => [quote(String(row.__start)), quote(String(row.__end)), ...specs.map((s) => cell(row[s.name], s)), rel.type].join(","),
      };
      this.#files.set(name, file);
      this.relationshipFiles.push(name);
    }
    await file.sink.write(`${file.write({ ...rel.properties, __start: rel.startId, __end: rel.endId })}\n`);
  }

  async close(): Promise<void> {
    for (const { sink } of this.#files.values()) await sink.close();
    const command = [
      "neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true",
      ...this.nodeFiles.map((f) => `  --nodes=${f}`),
      ...this.relationshipFiles.map((f) => `  --relationships=${f}`),
    ].join(" \\\n");
    const readme = new FileSink(path.join(this.dir, "import-command.txt"));
    await readme.write(`# Run from this directory into a stopped Neo4j:\n${command}\n`);
    await readme.close();
  }
}
