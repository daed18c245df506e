import { migrate } from "../migrate.ts";
import { runAutoCommit, writeQuery } from "../connection.ts";
import { NODE_SCHEMA } from "../export/export-schema.ts";
import { parseBackupLine, type NodeRow, type RelationshipRow, type RestoreRow } from "./backup-line.ts";
import { describeTarget, modelStats, type ModelStats } from "./graph-stats.ts";
import { modelStatement } from "./model-statement.ts";
import { backupLines } from "./read-backup.ts";

export type RestoreErrorCode = "not_empty" | "bad_line" | "missing_ends";

/** A restore that cannot go ahead or could not finish, with what to do about it. */
export class RestoreError extends Error {
  override readonly name = "RestoreError";
  constructor(readonly code: RestoreErrorCode, message: string) {
    super(message);
  }
}

export interface RestoreOptions {
  /** Delete GovKG's graph in the database first (the CLI asks for --replace --yes). */
  readonly replace?: boolean;
  /** Rows per transaction. */
  readonly batchSize?: number;
}

export interface RestoreSummary {
  readonly file: string;
  readonly uri: string;
  readonly database: string;
  /** What --replace deleted first (zeros without it). */
  readonly replaced: { readonly reports: number; readonly nodes: number };
  readonly nodes: number;
  readonly relationships: number;
  readonly durationMs: number;
}

const BATCH_SIZE = 1000;
const MODEL_LABELS = Object.keys(NODE_SCHEMA);

/** Checks every line before anything is written, so a bad file changes nothing. */
async function checkFile(file: string): Promise<void> {
  for await (const { line, text } of backupLines(file)) {
    const parsed = parseBackupLine(text);
    if (!parsed.ok) throw new RestoreError("bad_line", `${file}:${line}: ${parsed.message}`);
  }
}

function refuseNonEmpty(file: string, stats: ModelStats): never {
  throw new RestoreError(
    "not_empty",
    `refusing to restore ${file} into ${describeTarget(stats)}: it already holds ${stats.reports} reports (${stats.nodes} GovKG nodes). ` +
      "Restore into an empty database, or add --replace --yes to delete that graph first.",
  );
}

/** Rows waiting to be written, one batch per label (nodes) or per type and end labels (relationships). */
class Batches {
  readonly #nodes = new Map<string, NodeRow[]>();
  readonly #relationships = new Map<string, RelationshipRow[]>();
  nodesWritten = 0;
  relationshipsWritten = 0;

  constructor(private readonly file: string, private readonly size: number) {}

  async add(row: RestoreRow): Promise<void> {
    if (row.type === "node") {
      const batch = this.#nodes.get(row.label) ?? [];
      batch.push(row);
      this.#nodes.set(row.label, batch);
      if (batch.length >= this.size) await this.#flushNodes(row.label);
      return;
    }
    const key = `${row.relationship}|${row.start.label}|${row.end.label}`;
    const batch = this.#relationships.get(key) ?? [];
    batch.push(row);
    this.#relationships.set(key, batch);
    if (batch.length >= this.size) await this.#flushRelationships(key);
  }

  async #flushNodes(label: string): Promise<void> {
    const rows = this.#nodes.get(label) ?? [];
    this.#nodes.delete(label);
    const [first] = rows;
    if (!first) return;
    const statement = modelStatement("admin/restore-nodes", { LABEL: label, KEY: first.key });
    await writeQuery(statement, { rows: rows.map((row) => ({ id: row.id, properties: row.properties })) });
    this.nodesWritten += rows.length;
  }

  async #flushRelationships(key: string): Promise<void> {
    const rows = this.#relationships.get(key) ?? [];
    this.#relationships.delete(key);
    const [first] = rows;
    if (!first) return;
    // A relationship needs both ends: every node waiting is written first.
    for (const label of [...this.#nodes.keys()]) await this.#flushNodes(label);
    const statement = modelStatement("admin/restore-relationships", {
      TYPE: first.relationship,
      START: first.start.label,
      START_KEY: first.start.key,
      END: first.end.label,
      END_KEY: first.end.key,
    });
    const result = await writeQuery(statement, { rows: rows.map((row) => ({ start: row.start.id, end: row.end.id, properties: row.properties })) });
    const written = Number(result.rows[0]?.written ?? 0);
    if (written !== rows.length) {
      throw new RestoreError(
        "missing_ends",
        `${this.file}: ${rows.length - written} of ${rows.length} ${first.relationship} relationships name a ${first.start.label} or ${first.end.label} that is not in the file`,
      );
    }
    this.relationshipsWritten += written;
  }

  async flush(): Promise<void> {
    for (const label of [...this.#nodes.keys()]) await this.#flushNodes(label);
    for (const key of [...this.#relationships.keys()]) await this.#flushRelationships(key);
  }
}

/**
 * Reads a backup (or a JSONL export) into a database that holds no GovKG graph: nodes by
 * label with their keys and properties, then relationships between them by label and key,
 * in batches of UNWIND rows. With `replace`, GovKG's graph there is deleted first.
 */
export async function restoreGraph(file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const started = performance.now();
  await checkFile(file);
  const before = await modelStats();
  if (before.nodes > 0 && !options.replace) refuseNonEmpty(file, before);
  if (before.nodes > 0) await runAutoCommit("admin/wipe-model", { labels: MODEL_LABELS });
  await migrate();
  const batches = new Batches(file, options.batchSize ?? BATCH_SIZE);
  for await (const { line, text } of backupLines(file)) {
    const parsed = parseBackupLine(text);
    // Checked above; a file changed since then is named like any bad line.
    if (!parsed.ok) throw new RestoreError("bad_line", `${file}:${line}: ${parsed.message}`);
    await batches.add(parsed.row);
  }
  await batches.flush();
  return {
    file,
    uri: before.uri,
    database: before.database,
    replaced: before.nodes > 0 ? { reports: before.reports, nodes: before.nodes } : { reports: 0, nodes: 0 },
    nodes: batches.nodesWritten,
    relationships: batches.relationshipsWritten,
    durationMs: performance.now() - started,
  };
}
