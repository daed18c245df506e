import type { ExportNode, ExportRelationship } from "./read-graph.ts";
import { FileSink } from "./sink.ts";

/**
 * One JSON object per line, every node first, then every relationship: `govkg export
 * --format jsonl` (graph.jsonl) and `govkg db backup`, both read back by `govkg db restore`.
 */
export class JsonlExport {
  readonly #sink: FileSink;

  constructor(file: string) {
    this.#sink = new FileSink(file);
  }

  node(node: ExportNode): Promise<void> {
    return this.#sink.write(`${JSON.stringify({ type: "node", label: node.label, id: node.id, properties: node.properties })}\n`);
  }

  relationship(rel: ExportRelationship): Promise<void> {
    const line = {
      type: "relationship",
      relationship: rel.type,
      start: { label: rel.startLabel, id: rel.startId },
      end: { label: rel.endLabel, id: rel.endId },
      properties: rel.properties,
    };
    return this.#sink.write(`${JSON.stringify(line)}\n`);
  }

  close(): Promise<void> {
    return this.#sink.close();
  }
}
