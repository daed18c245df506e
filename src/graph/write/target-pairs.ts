import { z } from "zod";
import { ReportTextSchema, TargetObservationSchema, type ReportText, type TargetObservation, type TargetPair } from "../../targets/index.ts";
import { withSession } from "../connection.ts";
import type { WriteCounters } from "./counters.ts";
import { StatementRunner } from "./statement-runner.ts";
import { inWriteTransaction } from "./write-report.ts";

// An observation as stored, with where its sentence lies; its paragraph and headings are
// cut from its report's text and sections here.
const StoredObservationSchema = TargetObservationSchema.omit({ before: true, headings: true }).extend({
  evidenceStart: z.number().int().nullable(),
  evidenceEnd: z.number().int().nullable(),
});
type StoredObservation = z.infer<typeof StoredObservationSchema>;

const ReportContextSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  text: z.string().nullable(),
  sections: z.array(z.object({ start: z.number().int(), end: z.number().int(), level: z.number().int(), heading: z.string() })),
});
type ReportContext = z.infer<typeof ReportContextSchema>;

// How much of the text before a sentence the pairing reads for the paragraph it opens.
const BEFORE_CHARS = 400;

/** The observation with the text before its sentence and the headings of the sections holding it, outermost first. */
function inContext(stored: StoredObservation, report: ReportContext | undefined): TargetObservation {
  const { evidenceStart, evidenceEnd, ...observation } = stored;
  if (evidenceStart === null || evidenceEnd === null || report === undefined) return { ...observation, before: "", headings: [] };
  const at = observation.start;
  const before = report.text === null ? "" : report.text.slice(Math.max(0, at - BEFORE_CHARS), Math.max(0, at));
  const headings = report.sections
    .filter((section) => section.start <= evidenceStart && section.end >= evidenceEnd)
    .sort((a, b) => a.level - b.level || a.start - b.start)
    .map((section) => section.heading);
  return { ...observation, before, headings };
}

/** What the pairing step may read and write for one scope, all inside one transaction. */
export interface ScopePairTransaction {
  readonly observations: () => Promise<TargetObservation[]>;
  readonly reports: () => Promise<ReportText[]>;
  /** Replaces the scope's pairs and records the reports it was paired with. */
  readonly replace: (pairs: readonly TargetPair[], indicatorOf: (pair: TargetPair) => string | null) => Promise<void>;
}

/** Scopes with reports written, or removed, since they were last paired. */
export async function scopesToPair(): Promise<string[]> {
  return withSession("read", async (session) => {
    const rows = await session.executeRead(async (tx) => new StatementRunner(tx, undefined).run("targets-scopes", {}));
    return rows.map((row) => z.object({ scope: z.string() }).parse(row).scope);
  });
}

/** The stored form of a pair: its node's properties, what it links to. */
function rowOf(scope: string, pair: TargetPair, indicatorKey: string | null) {
  return {
    key: pair.key,
    targetId: pair.targetId,
    outcomeId: pair.outcomeId,
    indicatorKey,
    properties: {
      key: pair.key,
      scope,
      family: pair.family,
      measure: pair.measure,
      year: pair.year,
      gap: pair.gap,
      gapUnit: pair.gapUnit,
      verdict: pair.verdict,
      strive: pair.strive,
      nature: pair.nature,
      ceiling: pair.ceiling,
      preliminary: pair.preliminary,
      noTargetReportId: pair.noTarget?.reportId ?? null,
      noTargetText: pair.noTarget?.text ?? null,
      noTargetStart: pair.noTarget?.start ?? null,
      noTargetEnd: pair.noTarget?.end ?? null,
    },
  };
}

/**
 * Re-pairs one scope in one transaction, holding its ledger's lock: either the scope's
 * pairs are all replaced and its reports marked paired, or nothing changed.
 */
export async function pairScopeInTransaction(scope: string, work: (tx: ScopePairTransaction) => Promise<void>): Promise<WriteCounters> {
  return inWriteTransaction(`pair targets of ${scope}`, async (tx) => {
    const run = new StatementRunner(tx, undefined);
    await run.run("targets-lock", { scope });
    await work({
      observations: async () => {
        const [observations = [], contexts = []] = await run.runAll([
          ["targets-observations", { scope }],
          ["targets-contexts", { scope }],
        ]);
        const reports = new Map(contexts.map((row) => ReportContextSchema.parse(row)).map((report) => [report.id, report]));
        return observations.map((row) => StoredObservationSchema.parse(row)).map((stored) => inContext(stored, reports.get(stored.reportId)));
      },
      reports: async () => (await run.run("targets-reports", { scope })).map((row) => ReportTextSchema.parse(row)),
      replace: async (pairs, indicatorOf) => {
        await run.run("targets-replace", { scope, rows: pairs.map((pair) => rowOf(scope, pair, indicatorOf(pair))) });
        await run.run("targets-finish", { scope });
      },
    });
    return run.counters;
  });
}
