import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { z } from "zod";
import { loadEnv, type Env } from "../config/env.ts";
import { cypher, type Statement } from "./cypher-files.ts";
import { GraphError, toGraphError, type Params } from "./errors.ts";
import { toPlain } from "./plain-values.ts";

export { GraphError, toGraphError, type GraphErrorCode, type Params } from "./errors.ts";
export { cypher, loadCypher, CYPHER_DIR, type Statement } from "./cypher-files.ts";

/** Where and as whom to connect; `local` means the project's own server on loopback. */
export interface ConnectionSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  readonly local: boolean;
}

/** NEO4J_URI when set, otherwise the local server on GOVKG_BOLT_PORT. */
export function connectionSettings(env: Env = loadEnv()): ConnectionSettings {
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.GOVKG_BOLT_PORT}`,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
    local: env.NEO4J_URI === undefined,
  };
}

// Bounded so that a dead server fails a command in seconds rather than minutes.
const DRIVER_CONFIG = {
  maxTransactionRetryTime: 15_000,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 30_000,
  maxConnectionPoolSize: 20,
  userAgent: "govkg",
} as const;

/** A driver for the given settings; callers other than getDriver() must close it. */
export function createDriver(settings: ConnectionSettings): Driver {
  // The local server runs with auth disabled and accepts any credentials.
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), DRIVER_CONFIG);
}

interface SharedDriver {
  readonly driver: Driver;
  readonly database: string;
  // Every session of the process shares the bookmarks of the transactions before it, so
  // on a cluster (neo4j:// routing) a read on a secondary waits until it has this
  // process's own earlier writes (causal consistency); on a single server it costs nothing.
  readonly bookmarks: BookmarkManager;
}

let shared: SharedDriver | undefined;

/** The process-wide driver, created from the environment on first use. */
export function getDriver(): Driver {
  return sharedDriver().driver;
}

function sharedDriver(): SharedDriver {
  if (!shared) {
    const settings = connectionSettings();
    shared = { driver: createDriver(settings), database: settings.database, bookmarks: neo4j.bookmarkManager() };
  }
  return shared;
}

/** Closes the process-wide driver; the next getDriver() makes a new one. */
export async function closeDriver(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current) await current.driver.close();
}

/**
 * Runs work in a session on the configured database and always closes it. Read
 * sessions route to any member of a cluster, write sessions to the leader; in a write
 * session every `executeWrite` also bumps the graph version in the same transaction.
 */
export async function withSession<T>(mode: "read" | "write", work: (session: Session) => Promise<T>): Promise<T> {
  const { driver, database, bookmarks } = sharedDriver();
  const session = driver.session({
    database,
    defaultAccessMode: mode === "read" ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: bookmarks,
  });
  try {
    return await work(mode === "write" ? bumpingVersion(session) : session);
  } finally {
    await session.close();
  }
}

/**
 * The session with `executeWrite` ending each transaction on the version bump, so a
 * write and its new version commit together (a retried transaction bumps once).
 */
function bumpingVersion(session: Session): Session {
  const bump = cypher("version/bump");
  const executeWrite: Session["executeWrite"] = (work, config) =>
    session.executeWrite(async (tx) => {
      const result = await work(tx);
      await tx.run(bump.text);
      return result;
    }, config);
  return new Proxy(session, {
    get: (target, property, receiver) => (property === "executeWrite" ? executeWrite : Reflect.get(target, property, receiver) as unknown),
  });
}

const GraphVersionRow = z.object({ version: z.string().nullable() });

/**
 * The graph version readers cache answers by: it changes with every committed write
 * (null while no write has made one: then nothing may be cached). One index lookup in
 * an auto-commit read, a single round trip; a failure is the caller's to handle.
 */
export async function readGraphVersion(): Promise<string | null> {
  const statement = cypher("api/graph-version");
  try {
    const record = await withSession("read", async (session) => (await session.run(statement.text)).records[0]);
    return GraphVersionRow.parse(record ? toPlain(record.toObject()) : { version: null }).version;
  } catch (error) {
    throw toGraphError(error, statement.name, {});
  }
}

type StatementRef = Statement | string;

function resolve(ref: StatementRef): Statement {
  return typeof ref === "string" ? cypher(ref) : ref;
}

/** Runs one statement inside a transaction the caller already holds and returns plain rows. */
export async function runIn(tx: ManagedTransaction, ref: StatementRef, params: Params = {}): Promise<Record<string, unknown>[]> {
  const statement = resolve(ref);
  const result = await tx.run(statement.text, params);
  return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

/**
 * Reads with a named statement in a managed (retried) read transaction and checks
 * every row against the schema.
 */
export async function readQuery<S extends z.ZodType>(ref: StatementRef, params: Params, row: S): Promise<z.infer<S>[]> {
  const statement = resolve(ref);
  const rows = await inTransaction("read", statement.name, params, (tx) => runIn(tx, statement, params));
  return rows.map((raw, index) => checkRow(row, raw, statement.name, index, params));
}

/** One row of a named statement checked against its schema; a mismatch names the statement and the row. */
export function checkRow<S extends z.ZodType>(row: S, raw: unknown, statementName: string, index: number, params: Params): z.infer<S> {
  const parsed = row.safeParse(raw);
  if (!parsed.success) {
    throw new GraphError("unexpected_row", statementName, `row ${index}: ${z.prettifyError(parsed.error)}`, { params });
  }
  return parsed.data;
}

/** Counters a write reports back, for logs and tests. */
export interface WriteSummary {
  readonly rows: Record<string, unknown>[];
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
}

/**
 * Writes with a named statement in a managed write transaction. The driver may
 * retry it, so the statement must be idempotent (UNWIND … MERGE).
 */
export async function writeQuery(ref: StatementRef, params: Params = {}): Promise<WriteSummary> {
  const statement = resolve(ref);
  return inTransaction("write", statement.name, params, async (tx) => {
    const result = await tx.run(statement.text, params);
    const counters = result.summary.counters.updates();
    return {
      rows: result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>),
      nodesCreated: counters.nodesCreated,
      nodesDeleted: counters.nodesDeleted,
      relationshipsCreated: counters.relationshipsCreated,
      relationshipsDeleted: counters.relationshipsDeleted,
      propertiesSet: counters.propertiesSet,
    };
  });
}

/**
 * Several statements in one managed transaction (all or nothing). `label` names
 * the unit of work in errors; use runIn() inside.
 */
export async function inTransaction<T>(
  mode: "read" | "write",
  label: string,
  params: Params,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  try {
    return await withSession(mode, (session) => (mode === "read" ? session.executeRead(work) : session.executeWrite(work)));
  } catch (error) {
    throw toGraphError(error, label, params);
  }
}

/**
 * Runs a statement outside an explicit transaction: for schema commands and batched
 * deletes (CALL … IN TRANSACTIONS). The graph version is bumped afterwards if there is
 * one, so a wipe of everything leaves a database that is really empty.
 */
export async function runAutoCommit(ref: StatementRef, params: Params = {}): Promise<Record<string, unknown>[]> {
  const statement = resolve(ref);
  try {
    return await withSession("write", async (session) => {
      const result = await session.run(statement.text, params);
      const rows = result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
      await session.run(cypher("version/bump-existing").text);
      return rows;
    });
  } catch (error) {
    throw toGraphError(error, statement.name, params);
  }
}
