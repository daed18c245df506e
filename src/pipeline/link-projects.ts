import { addCounters, linkScopeInTransaction, scopesToLink, ZERO_COUNTERS, type WriteCounters } from "../graph/index.ts";
import { buildLexicon, changedTerms, findLinks, indexLexicon, storedEntries } from "../link/index.ts";
import { NATIONAL_SCOPE, nationalProgrammeSpellings, type Resolver } from "../resolve/index.ts";
import type { ConfirmedName } from "../link/index.ts";

/** The listed national programmes' spellings: known names in national reports even before one confirms them. */
function programmeSeeds(resolver: Resolver): ConfirmedName[] {
  const seeds: ConfirmedName[] = [];
  for (const [spelling] of nationalProgrammeSpellings()) {
    const resolution = resolver.resolve("project", spelling, NATIONAL_SCOPE);
    if (resolution) seeds.push({ name: spelling, key: resolution.key });
  }
  return seeds;
}

/**
 * The corpus step after a batch: in every scope with reports written or removed since
 * it was last linked, the names its reports confirmed as projects are searched for in
 * all of its reports, so `农家书屋` in one year links to the node `农家书屋工程` made in
 * another, whichever arrived first. Reports already linked are searched only for the
 * terms that changed; each scope is relinked in one transaction, and a scope left
 * unlinked by an interruption is picked up by the next ingest.
 */
export async function linkProjects(resolver: Resolver): Promise<WriteCounters> {
  let counters = ZERO_COUNTERS;
  for (const scope of await scopesToLink()) {
    const written = await linkScopeInTransaction(scope, async (tx) => {
      const seeds = scope === NATIONAL_SCOPE ? programmeSeeds(resolver) : [];
      const lexicon = buildLexicon([...(await tx.confirmedNames()), ...seeds], resolver, scope);
      const before = tx.stored.terms.map((text, i) => ({ text, key: tx.stored.keys[i] ?? "" }));
      const entries = storedEntries(lexicon);
      const changed = changedTerms(before, entries);
      // The server compares raw text; a term with letters, digits or signs may be written
      // in another width or case there, and a quoted term or an alias is not found by its
      // text alone, so such a change relinks every report of the scope.
      const targets = await tx.targets(lexicon.hash, changed, changed.some((term) => /[^\p{Script=Han}]/u.test(term)));
      const index = indexLexicon(lexicon);
      const touched: string[] = [];
      for (const target of targets) {
        const { rows, sentences } = findLinks({ ...target, extractedKeys: new Set(target.extractedKeys), projectSentences: new Set(target.projectSentences) }, index);
        await tx.replaceLinks(target.id, rows, sentences);
        touched.push(...target.linkedKeys, ...rows.map((row) => row.key));
      }
      await tx.finish(entries.map((t) => t.text), entries.map((t) => t.key), lexicon.hash, touched);
    });
    counters = addCounters(counters, written);
  }
  return counters;
}
