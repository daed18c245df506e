import { z } from "zod";
import type { WriteCounters } from "./counters.ts";
import { addCounters, ZERO_COUNTERS } from "./counters.ts";
import { StatementRunner, type Step } from "./statement-runner.ts";
import { ENTITY_KINDS, entityKinds } from "../../domain/index.ts";
import { inWriteTransaction } from "./write-transaction.ts";

// Bounded so that one transaction stays small however many entities a batch touched.
const NODES_PER_TRANSACTION = 2000;

const TakenRowSchema = z.object({ labels: z.array(z.string()), key: z.string().nullable() });

/** A taken node by its label and key: the rows the statements over several labels take. */
interface SharedNode {
  readonly label: string;
  readonly key: string;
}

const PLACE_LABELS = new Set(["Issuer", "Region"]);
const SHARED_LABELS = new Set([...ENTITY_KINDS.map((kind) => entityKinds[kind].label), ...PLACE_LABELS]);

/** The taken nodes that have derived properties; a node of any other label (a target pair) has nothing to refresh. */
function sharedNodesOf(rows: readonly z.infer<typeof TakenRowSchema>[]): SharedNode[] {
  return rows.flatMap(({ labels, key }) => (key === null ? [] : labels.filter((label) => SHARED_LABELS.has(label)).map((label) => ({ label, key }))));
}

/** Recomputes derived properties of the taken nodes, kind by kind, then deletes those left orphaned. */
async function settleShared(run: StatementRunner, nodes: readonly SharedNode[]): Promise<void> {
  const keysOf = (label: string): string[] => nodes.filter((node) => node.label === label).map((node) => node.key);
  await run.runAll([
    ...ENTITY_KINDS.map((kind): Step => [entityKinds[kind].statements.refresh, { keys: keysOf(entityKinds[kind].label) }]),
    ["refresh-places", { rows: nodes.filter((node) => PLACE_LABELS.has(node.label)) }],
    ["delete-orphans", { rows: nodes }],
  ]);
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
      if (taken > 0) await settleShared(run, sharedNodesOf(rows));
      return run.counters;
    });
    counters = addCounters(counters, written);
    if (taken < NODES_PER_TRANSACTION) return counters;
  }
}
