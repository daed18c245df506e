import { z } from "zod";
import type { WriteCounters } from "./counters.ts";
import { addCounters, ZERO_COUNTERS } from "./counters.ts";
import { settleShared } from "./report-steps.ts";
import { StatementRunner } from "./statement-runner.ts";
import { ENTITY_KINDS, entityKinds } from "../../domain/index.ts";
import { TouchedSchema, type Touched } from "./touched.ts";
import { inWriteTransaction } from "./write-transaction.ts";

// Bounded so that one transaction stays small however many entities a batch touched.
const NODES_PER_TRANSACTION = 2000;

const TakenRowSchema = z.object({ labels: z.array(z.string()), key: z.string().nullable() });

// Which touched list a node's label puts its key in: each kind's own, and the places'.
const LIST_OF_LABEL = new Map<string, keyof Touched>([
  ...ENTITY_KINDS.map((kind) => [entityKinds[kind].label, entityKinds[kind].list] as const),
  ["Issuer", "issuers"],
  ["Region", "regions"],
]);

/** The taken nodes' keys by list; a node of any other label (a target pair) has nothing to refresh. */
function touchedOf(rows: readonly z.infer<typeof TakenRowSchema>[]): Touched {
  const lists = new Map<keyof Touched, string[]>();
  for (const { labels, key } of rows) {
    for (const label of labels) {
      const list = LIST_OF_LABEL.get(label);
      if (list !== undefined && key !== null) lists.set(list, [...(lists.get(list) ?? []), key]);
    }
  }
  return TouchedSchema.parse(Object.fromEntries(lists));
}

/**
 * The step after a batch: every shared entity marked `:Unsettled` (by the reports
 * written or removed, and the link step) gets its derived properties recomputed from
 * all its mentions once, however many reports touched it, and is deleted when nothing
 * refers to it any more. A batch cut off before this step leaves its marks, so the next
 * ingest settles them.
 */
export async function settleUnsettled(): Promise<WriteCounters> {
  let counters = ZERO_COUNTERS;
  for (;;) {
    let taken = 0;
    const written = await inWriteTransaction("settle shared entities", async (tx) => {
      const run = new StatementRunner(tx, undefined);
      const rows = (await run.run("unsettled-take", { limit: NODES_PER_TRANSACTION })).map((row) => TakenRowSchema.parse(row));
      taken = rows.length;
      if (taken > 0) await settleShared(run, touchedOf(rows));
      return run.counters;
    });
    counters = addCounters(counters, written);
    if (taken < NODES_PER_TRANSACTION) return counters;
  }
}
