import { mkdir } from "node:fs/promises";
import { CsvExport } from "../graph/export/csv-export.ts";
import type { ExportRelationship } from "../graph/export/read-graph.ts";
import type { ReportGraph } from "../resolve/index.ts";
import { reportElements, type SharedNode } from "./graph-elements.ts";

/** The shared entities written, by label: what the corpus steps refresh after the import. */
export type SharedKeys = Readonly<Record<SharedNode["label"], readonly string[]>>;

export interface BulkCsvSummary {
  readonly dir: string;
  readonly nodeFiles: readonly string[];
  readonly relationshipFiles: readonly string[];
  readonly reports: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly shared: SharedKeys;
}

const SHARED_LABELS = ["Issuer", "Region", "Project", "Department", "Organization", "Problem", "Indicator"] as const;

/**
 * Writes reports' graphs as the CSV that `govkg export --format csv` writes (and
 * `neo4j-admin database import` reads), report by report: each report's own nodes go
 * out at once, shared entities once at the end, with the properties of the first report
 * that names them (the derived ones are refreshed after the import).
 */
export class BulkCsvWriter {
  readonly #csv: CsvExport;
  readonly #shared = new Map<string, SharedNode>();
  readonly #deferred: ExportRelationship[] = [];
  readonly #reports = new Set<string>();
  #nodes = 0;
  #relationships = 0;
  // Reports arrive from concurrent tasks; each is written whole before the next starts.
  #queue: Promise<void> = Promise.resolve();

  private constructor(private readonly dir: string) {
    this.#csv = new CsvExport(dir);
  }

  static async create(dir: string): Promise<BulkCsvWriter> {
    await mkdir(dir, { recursive: true });
    return new BulkCsvWriter(dir);
  }

  /** Adds one report; false (and nothing written) when a report of its id was already added. */
  add(graph: ReportGraph, ingestedAt: string): Promise<boolean> {
    if (this.#reports.has(graph.report.id)) return Promise.resolve(false);
    this.#reports.add(graph.report.id);
    const written = this.#queue.then(() => this.#write(graph, ingestedAt));
    this.#queue = written.catch(() => undefined);
    return written.then(() => true);
  }

  async #write(graph: ReportGraph, ingestedAt: string): Promise<void> {
    const elements = reportElements(graph, ingestedAt);
    for (const node of elements.nodes) await this.#csv.node(node);
    for (const relationship of elements.relationships) await this.#csv.relationship(relationship);
    for (const node of elements.shared) {
      const id = `${node.label}\u0000${node.id}`;
      if (!this.#shared.has(id)) this.#shared.set(id, node);
    }
    this.#deferred.push(...elements.deferred);
    this.#nodes += elements.nodes.length;
    this.#relationships += elements.relationships.length;
  }

  /** Writes the shared entities and the relationships whose ends exist, and closes every file. */
  async close(): Promise<BulkCsvSummary> {
    await this.#queue;
    const keys: Record<SharedNode["label"], string[]> = { Issuer: [], Region: [], Project: [], Department: [], Organization: [], Problem: [], Indicator: [] };
    for (const node of this.#shared.values()) {
      await this.#csv.node(node);
      keys[node.label].push(node.id);
    }
    this.#nodes += this.#shared.size;
    const exists = (label: string, id: string): boolean =>
      (SHARED_LABELS as readonly string[]).includes(label) ? this.#shared.has(`${label}\u0000${id}`) : true;
    const seen = new Set<string>();
    for (const relationship of this.#deferred) {
      if (!exists(relationship.startLabel, relationship.startId) || !exists(relationship.endLabel, relationship.endId)) continue;
      // RESPONSIBLE_FOR is merged per report and role, the others once per pair of ends.
      const { reportId, role } = relationship.properties;
      const id = [relationship.type, relationship.startId, relationship.endId, typeof reportId === "string" ? reportId : "", typeof role === "string" ? role : ""].join("\u0000");
      if (seen.has(id)) continue;
      seen.add(id);
      await this.#csv.relationship(relationship);
      this.#relationships += 1;
    }
    await this.#csv.close();
    for (const label of SHARED_LABELS) keys[label].sort();
    return {
      dir: this.dir,
      nodeFiles: [...this.#csv.nodeFiles],
      relationshipFiles: [...this.#csv.relationshipFiles],
      reports: this.#reports.size,
      nodes: this.#nodes,
      relationships: this.#relationships,
      shared: keys,
    };
  }
}
