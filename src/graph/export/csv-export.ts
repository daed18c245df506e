import path from "node:path";
import { NODE_SCHEMA, nodeProperties, relationshipProperties, type PropertySpec } from "./export-schema.ts";
import type { ExportNode, ExportRelationship } from "./read-graph.ts";
import { bare, csvHeader, csvLine, type CsvCell } from "./csv-line.ts";
import { FileSink } from "./sink.ts";

/** Array elements are joined with this; neo4j-admin's default `--array-delimiter`. */
const ARRAY_DELIMITER = ";";

/** A stored value as text; properties are scalars or lists of them, so JSON is only a guard. */
const scalarText = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? String(value) : JSON.stringify(value);

function cell(value: unknown, spec: PropertySpec): CsvCell {
  if (value === null || value === undefined) return null;
  if (spec.type === "string[]") {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    return items.map(scalarText).join(ARRAY_DELIMITER);
  }
  // Typed columns (int, double, boolean) carry the value as written, strings are quoted.
  return spec.type === "string" ? scalarText(value) : bare(scalarText(value));
}

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
      await sink.write(csvHeader([`${key}:ID(${node.label})`, ...specs.map(column), ":LABEL"]));
      file = { sink, write: (row) => csvLine([String(row.__id), ...specs.map((s) => cell(row[s.name], s)), bare(node.label)]) };
      this.#files.set(name, file);
      this.nodeFiles.push(name);
    }
    await file.sink.write(file.write({ ...node.properties, __id: node.id }));
  }

  async relationship(rel: ExportRelationship): Promise<void> {
    const name = `relationships-${rel.type}-${rel.startLabel}-${rel.endLabel}.csv`;
    let file = this.#files.get(name);
    if (!file) {
      const specs = relationshipProperties(rel.type);
      const sink = new FileSink(path.join(this.dir, name));
      await sink.write(csvHeader([`:START_ID(${rel.startLabel})`, `:END_ID(${rel.endLabel})`, ...specs.map(column), ":TYPE"]));
      file = {
        sink,
        write: (row) => csvLine([String(row.__start), String(row.__end), ...specs.map((s) => cell(row[s.name], s)), bare(rel.type)]),
      };
      this.#files.set(name, file);
      this.relationshipFiles.push(name);
    }
    await file.sink.write(file.write({ ...rel.properties, __start: rel.startId, __end: rel.endId }));
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
