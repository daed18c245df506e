import { addCounters, pairScopeInTransaction, scopesToPair, ZERO_COUNTERS, type WriteCounters } from "../graph/index.ts";
import { pairTargets, type TargetObservation, type TargetPair } from "../targets/index.ts";

/** The indicator a pair hangs on: its target's, else its outcome's. */
function indicatorLookup(observations: readonly TargetObservation[]): (pair: TargetPair) => string | null {
  const byId = new Map(observations.map((o) => [o.id, o.indicatorKey]));
  return (pair) => byId.get(pair.targetId ?? "") ?? byId.get(pair.outcomeId ?? "") ?? null;
}

/**
 * The corpus step after linking: in every scope with reports written or removed since it
 * was last paired, every annual target is paired anew with the outcome a later report
 * states, so the pairs depend on the set of reports, never on the order they arrived in.
 */
export async function pairTargetOutcomes(): Promise<WriteCounters> {
  let counters = ZERO_COUNTERS;
  for (const scope of await scopesToPair()) {
    const written = await pairScopeInTransaction(scope, async (tx) => {
      const observations = await tx.observations();
      const pairs = pairTargets(scope, observations, await tx.reports());
      await tx.replace(pairs, indicatorLookup(observations));
    });
    counters = addCounters(counters, written);
  }
  return counters;
}
