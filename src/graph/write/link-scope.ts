import { z } from "zod";
import { SectionRoleSchema } from "../../domain/index.ts";
import { withSession } from "../connection.ts";
import type { WriteCounters } from "./counters.ts";
import { StatementRunner } from "./statement-runner.ts";
import { inWriteTransaction } from "./write-transaction.ts";

const StoredLexiconSchema = z.object({ terms: z.array(z.string()), keys: z.array(z.string()), hash: z.string().nullable() });
const ConfirmedRowSchema = z.object({ name: z.string(), key: z.string(), sentences: z.array(z.string()) });
const TargetRowSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  text: z.string(),
  sections: z.array(z.object({ start: z.number().int(), end: z.number().int(), level: z.number().int(), role: SectionRoleSchema })),
  extractedKeys: z.array(z.string()),
  projectSentences: z.array(z.string()),
  linkedKeys: z.array(z.string()),
});

export type StoredLexicon = z.infer<typeof StoredLexiconSchema>;
export type ConfirmedRow = z.infer<typeof ConfirmedRowSchema>;
export type LinkTargetRow = z.infer<typeof TargetRowSchema>;

/** One linked mention as written (see cypher/ingest/link-replace.cypher). */
export interface LinkWriteRow {
  readonly key: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly terms: readonly string[];
  readonly status: string;
  readonly sectionRole: string;
  readonly evidence: ReadonlyArray<{ readonly id: string; readonly text: string; readonly start: number; readonly end: number }>;
}

/** A further sentence naming a node the report's own extraction already names. */
export interface LinkSentenceRow {
  readonly key: string;
  readonly evidence: LinkWriteRow["evidence"][number];
}

/** What the link step may read and write for one scope, all inside one transaction. */
export interface ScopeLinkTransaction {
  /** The terms the scope's linked reports were linked with (empty before the first link). */
  readonly stored: StoredLexicon;
  readonly confirmedNames: () => Promise<ConfirmedRow[]>;
  readonly targets: (hash: string, changed: readonly string[], everyReport: boolean) => Promise<LinkTargetRow[]>;
  /**
   * Replaces the report's links: mentions of nodes it did not name, and further sentences
   * for those it did. Sent at once; a failure fails `finish` and the scope's transaction.
   */
  readonly replaceLinks: (reportId: string, rows: readonly LinkWriteRow[], sentences: readonly LinkSentenceRow[]) => Promise<void>;
  /** Stamps every report of the scope with the lexicon and marks the projects whose links changed for the settle step. */
  readonly finish: (terms: readonly string[], keys: readonly string[], hash: string, touchedProjects: readonly string[]) => Promise<void>;
}

/** Scopes with reports written, or removed, since they were last linked. */
export async function scopesToLink(): Promise<string[]> {
  return withSession("read", async (session) => {
    const rows = await session.executeRead(async (tx) => new StatementRunner(tx, undefined).run("link-scopes", {}));
    return rows.map((row) => z.object({ scope: z.string() }).parse(row).scope);
  });
}

/**
 * Relinks one scope in one transaction, holding its lexicon node's lock: either every
 * report of the scope ends linked with the new lexicon, or nothing changed.
 */
export async function linkScopeInTransaction(scope: string, work: (tx: ScopeLinkTransaction) => Promise<void>): Promise<WriteCounters> {
  return inWriteTransaction(`link scope ${scope}`, async (tx) => {
    const run = new StatementRunner(tx, undefined);
    const [storedRow] = await run.run("link-lexicon-lock", { scope });
    const stored = StoredLexiconSchema.parse(storedRow);
    // Each report's links are sent without waiting for the answer, so the server writes
    // one report while the next is searched; all are awaited before the scope finishes.
    const sent: Promise<unknown>[] = [];
    const allSent = async (): Promise<void> => void (await Promise.all(sent));
    await work({
      stored,
      confirmedNames: async () => (await run.run("link-confirmed", { scope })).map((row) => ConfirmedRowSchema.parse(row)),
      targets: async (hash, changed, everyReport) => (await run.run("link-targets", { scope, hash, changed, everyReport })).map((row) => TargetRowSchema.parse(row)),
      replaceLinks: (reportId, rows, sentences) => {
        const replaced = run.run("link-replace", { reportId, rows, sentences, scope });
        // A failure surfaces when the scope awaits every report's links; until then it is held here.
        replaced.catch(() => undefined);
        sent.push(replaced);
        return Promise.resolve();
      },
      finish: async (terms, keys, hash, touchedProjects) => {
        await allSent();
        await run.runAll([
          ["link-finish", { scope, terms, keys, hash }],
          ["mark-unsettled", { projects: [...new Set(touchedProjects)].sort() }],
        ]);
      },
    });
    await allSent();
    return run.counters;
  });
}
