import { z } from "zod";
import type { WriteCounters } from "./counters.ts";
import { addCounters, ZERO_COUNTERS } from "./counters.ts";
import { settleShared } from "./report-steps.ts";
import { StatementRunner } from "./statement-runner.ts";
import { TouchedSchema } from "./touched.ts";
import { inWriteTransaction } from "./write-transaction.ts";

// Bounded so that one transaction stays small however many entities a batch touched.
const NODES_PER_TRANSACTION = 2000;

const TakenSchema = TouchedSchema.extend({ taken: z.number().int() });

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
      const [row] = await run.run("unsettled-take", { limit: NODES_PER_TRANSACTION });
      const touched = TakenSchema.parse(row);
      taken = touched.taken;
      if (taken > 0) await settleShared(run, touched);
      return run.counters;
    });
    counters = addCounters(counters, written);
    if (taken < NODES_PER_TRANSACTION) return counters;
  }
}
