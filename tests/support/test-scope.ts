import { randomInt } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDriver, withSession } from "../../src/graph/connection.ts";
import { toPlain } from "../../src/graph/plain-values.ts";
import { removeReport } from "../../src/graph/write/index.ts";
import { extractDocument } from "../../src/pipeline/index.ts";
import { TEST_MARKER } from "./test-database.ts";

/**
 * A namespace of its own in the shared test graph, the way `@neo4j/graphql`'s test
 * helper makes unique types: GovKG's labels are fixed, so uniqueness comes from the
 * data. Every file a scope copies
 * - ends with a line naming the scope, so its text and so its report ids are the
 *   scope's own (a report id is a hash of its text);
 * - gets a sidecar that puts the scope's tag before its issuer and region, so every
 *   shared entity it resolves (`<TAG>河北省|…`) lies in a scope no other test uses;
 * - lives in the scope's own directory, which names its reports (`Report.source`).
 * A test asserts on its scope alone, so test files may run side by side, and next to
 * another run on the same server, without wiping anything.
 */
export interface TestScope {
  /** Upper-case letters and digits, never a placeholder (no X). */
  readonly tag: string;
  readonly dir: string;
  /** Copies text files into the scope and returns their new paths (flat, same base names). */
  add(files: readonly string[]): Promise<string[]>;
  /** Writes a text file into the scope, marked as the scope's; returns its path. */
  write(name: string, text: string): Promise<string>;
  /** Rewrites a file of the scope through `change`, which sees (and returns) the text without the scope's line. */
  rewrite(file: string, change: (text: string) => string): Promise<void>;
  /** An issuer (or its part, for `issuer:` filters) as this scope's copies carry it. */
  issuer(name: string): string;
  /** Ids of the scope's reports in the graph, sorted. */
  reportIds(): Promise<string[]>;
  /** The scope's subgraph as sorted lines (see `scopeSnapshot`). */
  snapshot(): Promise<string[]>;
  /** The scope's nodes by label and relationships by type. */
  counts(): Promise<Record<string, number>>;
  /** Removes the scope's reports the way GovKG removes a report, then anything still keyed under the scope. */
  clear(): Promise<void>;
  /** `clear`, the directory deleted and the driver closed: an `afterAll`. */
  dispose(): Promise<void>;
}

const TAG_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWYZ23456789";
const TAG_LENGTH = 8;

function newTag(): string {
  return `T${Array.from({ length: TAG_LENGTH }, () => TAG_ALPHABET[randomInt(TAG_ALPHABET.length)]).join("")}`;
}

async function rows(query: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  return withSession("read", async (session) => {
    const result = await session.run(query, params);
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  });
}

/** The scope's reports, the nodes they own, and the shared nodes keyed under their scopes. */
const SCOPE_NODES = `
  MATCH (r:Report) WHERE r.source STARTS WITH $dir
  WITH collect(r.id) AS ids, collect(DISTINCT r.scope) AS scopes
  MATCH (n) WHERE NOT n:${TEST_MARKER}
    AND ((n:Report AND n.id IN ids) OR n.reportId IN ids OR n.scope IN scopes OR n.key STARTS WITH $tag OR n.scope STARTS WITH $tag)`;

/**
 * Every node of the scope with its properties (minus the ingestion time), every shared
 * node outside it that one of them touches (label and key only: another test's reports
 * may refresh its derived properties), and every relationship between them, as sorted
 * lines: two states of a scope are the same exactly when their snapshots are equal.
 */
async function scopeSnapshot(dir: string, tag: string): Promise<string[]> {
  const nodes = await rows(`${SCOPE_NODES} RETURN labels(n) AS labels, properties(n) AS p`, { dir, tag });
  const rels = await rows(
    `${SCOPE_NODES}
     WITH collect(n) AS inside
     UNWIND inside AS a
     MATCH (a)-[r]-(b)
     WITH DISTINCT r, b IN inside AS within
     WITH r, startNode(r) AS s, endNode(r) AS e, within
     RETURN type(r) AS type, coalesce(s.key, s.id) AS a, coalesce(e.key, e.id) AS b, properties(r) AS p, within,
            [labels(s)[0], labels(e)[0]] AS ends`,
    { dir, tag },
  );
  const stable = (p: unknown): string => {
    const kept = Object.entries(p as Record<string, unknown>).filter(([name]) => name !== "ingestedAt");
    return JSON.stringify(Object.fromEntries(kept.sort(([x], [y]) => x.localeCompare(y))));
  };
  return [
    ...nodes.map((n) => `node ${JSON.stringify(n.labels)} ${stable(n.p)}`),
    ...rels.map((r) => `rel ${String(r.type)} ${String(r.a)} -> ${String(r.b)} ${stable(r.p)}${r.within === true ? "" : ` outside ${JSON.stringify(r.ends)}`}`),
  ].sort();
}

/** A fresh scope with its own directory; call `dispose` in `afterAll`. */
export async function createTestScope(): Promise<TestScope> {
  const tag = newTag();
  const dir = await mkdtemp(path.join(tmpdir(), `govkg-${tag}-`));
  const line = `\n[${tag}]\n`;
  const issuer = (name: string): string => `${tag}${name}`;
  const mark = (text: string): string => `${text.trimEnd()}${line}`;

  const write = async (name: string, text: string): Promise<string> => {
    const file = path.join(dir, name);
    const [report] = extractDocument({ source: file, format: "txt", encoding: "utf-8", text });
    const sidecar: Record<string, string> = {};
    if (report?.issuer) sidecar.issuer = issuer(report.issuer);
    if (report?.region) sidecar.region = issuer(report.region);
    await writeFile(file, mark(text));
    await writeFile(file.replace(/\.[^.]+$/u, ".meta.json"), JSON.stringify(sidecar));
    return file;
  };

  const reportIds = async (): Promise<string[]> =>
    (await rows("MATCH (r:Report) WHERE r.source STARTS WITH $dir RETURN r.id AS id ORDER BY id", { dir })).map((row) => String(row.id));

  // A report with neither issuer nor region is a scope of its own, `report:<id>`.
  const clear = async (): Promise<void> => {
    const ids = await reportIds();
    for (const id of ids) await removeReport(id);
    const own = ids.map((id) => `report:${id}`);
    await withSession("write", async (session) => {
      await session.run(
        `MATCH (n) WHERE NOT n:${TEST_MARKER}
           AND (n.key STARTS WITH $tag OR n.scope STARTS WITH $tag OR n.scope IN $own OR n.key IN $own OR any(k IN $own WHERE n.key STARTS WITH k + '|'))
         DETACH DELETE n`,
        { tag, own },
      );
    });
  };

  return {
    tag,
    dir,
    issuer,
    write,
    async add(files) {
      const copies: string[] = [];
      for (const file of files) copies.push(await write(path.basename(file), await readFile(file, "utf8")));
      return copies;
    },
    async rewrite(file, change) {
      const text = await readFile(file, "utf8");
      const body = text.endsWith(line) ? text.slice(0, -line.length) : text;
      await writeFile(file, mark(change(body)));
    },
    reportIds,
    snapshot: () => scopeSnapshot(dir, tag),
    async counts() {
      const lines = await scopeSnapshot(dir, tag);
      const counts: Record<string, number> = {};
      for (const entry of lines) {
        const name = entry.startsWith("node ") ? (JSON.parse(entry.slice(5, entry.indexOf("]") + 1)) as string[])[0]! : entry.split(" ")[1]!;
        counts[name] = (counts[name] ?? 0) + 1;
      }
      return counts;
    },
    clear,
    async dispose() {
      try {
        await clear();
      } finally {
        await rm(dir, { recursive: true, force: true });
        await closeDriver();
      }
    },
  };
}
