import type { ManagedTransaction } from "neo4j-driver";
import { cypher, GraphError, type Params } from "../connection.ts";
import { toPlain } from "../plain-values.ts";
import { withIntegers } from "./integer-params.ts";
import { addCounters, ZERO_COUNTERS, type WriteCounters } from "./counters.ts";

/**
 * Fails a report's transaction on purpose after a number of statements, so tests can
 * prove a half-written report leaves nothing behind. Never set outside tests.
 */
export interface FaultInjection {
  /** The report (by source path or id) whose transaction fails. */
  readonly report: string;
  readonly afterStatements: number;
}

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

  async run(name: string, params: Params): Promise<Record<string, unknown>[]> {
    if (this.fault !== undefined && this.#count >= this.fault) {
      throw new GraphError("query_failed", `ingest/${name}`, `injected failure after ${this.#count} statements`, { params: {} });
    }
    this.#count += 1;
    const statement = cypher(`ingest/${name}`);
    const result = await this.tx.run(statement.text, withIntegers(params) as Params);
    const updates = result.summary.counters.updates();
    this.#counters = addCounters(this.#counters, {
      nodesCreated: updates.nodesCreated,
      nodesDeleted: updates.nodesDeleted,
      relationshipsCreated: updates.relationshipsCreated,
      relationshipsDeleted: updates.relationshipsDeleted,
      propertiesSet: updates.propertiesSet,
    });
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  }
}
