import type { ManagedTransaction } from "neo4j-driver";
import { cypher, GraphError, type Params } from "../connection.ts";
import { toPlain } from "../plain-values.ts";
import { withIntegers } from "./integer-params.ts";
import { withListsInMaps } from "./list-params.ts";
import { addCounters, ZERO_COUNTERS, type WriteCounters } from "./counters.ts";
import { noteFailedStatement } from "./failed-statement.ts";

/**
 * Fails a report's transaction on purpose after a number of statements, so tests can
 * prove a half-written report leaves nothing behind. Never set outside tests.
 */
export interface FaultInjection {
  /** The report (by source path or id) whose transaction fails. */
  readonly report: string;
  readonly afterStatements: number;
}

/** Time spent in one named statement, summed over every run in this process. */
export interface StatementTiming {
  readonly runs: number;
  readonly ms: number;
}

const timings = new Map<string, StatementTiming>();

/** Where write time went, per statement name, since the process started (or the last reset). */
export function statementTimings(): ReadonlyMap<string, StatementTiming> {
  return timings;
}

export function resetStatementTimings(): void {
  timings.clear();
}

/** One named statement of cypher/ingest/ with its parameters. */
export type Step = readonly [name: string, params: Params];

type Rows = Record<string, unknown>[];

/** Runs the named ingest statements of one transaction attempt and sums their counters. */
export class StatementRunner {
  #counters: WriteCounters = ZERO_COUNTERS;
  #count = 0;

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly fault: number | undefined,
  ) {}

  get counters(): WriteCounters {
    return this.#counters;
  }

  async run(name: string, params: Params): Promise<Rows> {
    const [rows] = await this.runAll([[name, params]]);
    return rows ?? [];
  }

  /**
   * Sends every statement before reading any answer: the driver pipelines them on the
   * transaction's connection and the server runs them in order, so a report costs one
   * round trip instead of one per statement. The first statement to fail (in order)
   * is the error; those after it only failed because the transaction had.
   */
  async runAll(steps: readonly Step[]): Promise<Rows[]> {
    const pending = steps.map(([name, params]) => this.#send(name, params));
    const settled = await Promise.allSettled(pending);
    const failed = settled.find((outcome) => outcome.status === "rejected");
    if (failed) throw failed.reason;
    return settled.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : []));
  }

  async #send(name: string, params: Params): Promise<Rows> {
    if (this.fault !== undefined && this.#count >= this.fault) {
      throw new GraphError("query_failed", `ingest/${name}`, `injected failure after ${this.#count} statements`, { params: {} });
    }
    this.#count += 1;
    const statement = cypher(`ingest/${name}`);
    const started = performance.now();
    try {
      const result = await this.tx.run(statement.text, withListsInMaps(withIntegers(params) as Params));
      const spent = timings.get(name) ?? { runs: 0, ms: 0 };
      timings.set(name, { runs: spent.runs + 1, ms: spent.ms + performance.now() - started });
      const updates = result.summary.counters.updates();
      this.#counters = addCounters(this.#counters, {
        nodesCreated: updates.nodesCreated,
        nodesDeleted: updates.nodesDeleted,
        relationshipsCreated: updates.relationshipsCreated,
        relationshipsDeleted: updates.relationshipsDeleted,
        propertiesSet: updates.propertiesSet,
      });
      return result.records.map((record) => toPlain(record.toObject()) as Rows[number]);
    } catch (error) {
      throw noteFailedStatement(error, statement.name, params);
    }
  }
}
