import path from "node:path";
import { NODE_SCHEMA, RELATIONSHIP_SCHEMA, type PropertyType } from "./export-schema.ts";
import type { ExportNode, ExportRelationship } from "./read-graph.ts";
import { FileSink } from "./sink.ts";

// XML 1.0 forbids control characters other than tab and line breaks, even escaped.
const allowedInXml = (ch: string): boolean => ch >= " " || ch === "\t" || ch === "\n" || ch === "\r";

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/gu, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch]!)
    .split("")
    .filter(allowedInXml)
    .join("");

const GRAPHML_TYPE: Record<PropertyType, string> = { string: "string", int: "long", double: "double", boolean: "boolean", "string[]": "string" };

const value = (v: unknown): string => (Array.isArray(v) ? JSON.stringify(v) : String(v));

/**
 * GraphML in graph.graphml: keys declared once from the graph model, node ids
 * `Label:key`, labels in a `labels` attribute as Neo4j's own GraphML export writes them.
 * Arrays are written as JSON strings.
 */
export class GraphmlExport {
  readonly #sink: FileSink;
  #opened = false;
  #edge = 0;
  readonly #declared = new Set<string>();

  constructor(dir: string) {
    this.#sink = new FileSink(path.join(dir, "graph.graphml"));
  }

  async #open(): Promise<void> {
    if (this.#opened) return;
    this.#opened = true;
    const keys = new Map<string, string>([["node:labels", "string"], ["edge:label", "string"]]);
    for (const spec of Object.values(NODE_SCHEMA)) {
      keys.set(`node:${spec.key}`, "string");
      for (const p of spec.properties) keys.set(`node:${p.name}`, GRAPHML_TYPE[p.type]);
    }
    for (const props of Object.values(RELATIONSHIP_SCHEMA)) for (const p of props) keys.set(`edge:${p.name}`, GRAPHML_TYPE[p.type]);
    const declarations = [...keys].map(([k, type]) => {
      const [domain, name] = k.split(":") as [string, string];
      this.#declared.add(`${domain}_${name}`);
      return `  <key id="${domain}_${escapeXml(name)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`;
    });
    await this.#sink.write(
      `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${declarations.join("\n")}\n  <graph id="govkg" edgedefault="directed">\n`,
    );
  }

  #data(domain: "node" | "edge", properties: Readonly<Record<string, unknown>>): string {
    return Object.entries(properties)
      // Only declared keys keep the file valid; the model lists every property written.
      .filter(([k, v]) => v !== null && v !== undefined && this.#declared.has(`${domain}_${k}`))
      .map(([k, v]) => `<data key="${domain}_${escapeXml(k)}">${escapeXml(value(v))}</data>`)
      .join("");
  }

  async node(node: ExportNode): Promise<void> {
    await this.#open();
    const id = escapeXml(`${node.label}:${node.id}`);
    await this.#sink.write(`    <node id="${id}" labels=":${node.label}"><data key="node_labels">:${node.label}</data>${this.#data("node", node.properties)}</node>\n`);
  }

  async relationship(rel: ExportRelationship): Promise<void> {
    await this.#open();
    const source = escapeXml(`${rel.startLabel}:${rel.startId}`);
    const target = escapeXml(`${rel.endLabel}:${rel.endId}`);
    this.#edge += 1;
    await this.#sink.write(
      `    <edge id="e${this.#edge}" source="${source}" target="${target}" label="${rel.type}"><data key="edge_label">${rel.type}</data>${this.#data("edge", rel.properties)}</edge>\n`,
    );
  }

  async close(): Promise<void> {
    await this.#open();
    await this.#sink.write("  </graph>\n</graphml>\n");
    await this.#sink.close();
  }
}
