import path from "node:path";
import type { ExportNode, ExportRelationship } from "./read-graph.ts";
import { FileSink } from "./sink.ts";

/** One JSON object per line: every node first, then every relationship, in graph.jsonl. */
export class JsonlExport {
  readonly #sink: FileSink;

  constructor(dir: string) {
    this.#sink = new FileSink(path.join(dir, "graph.jsonl"));
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
