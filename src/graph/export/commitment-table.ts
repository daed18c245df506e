import path from "node:path";
import { z } from "zod";
import { OUTCOME_WORDS, promisedAction, statedDeadline, taskWords } from "../../commitments/index.ts";
import { readQuery } from "../connection.ts";
import { csvHeader, csvLine } from "./csv-line.ts";
import { FileSink } from "./sink.ts";

// The rows of cypher/api/commitments.cypher, as far as the table needs them.
const CommitmentRow = z.object({
  id: z.string(),
  issuer: z.string(),
  year: z.number().int(),
  report: z.object({ id: z.string(), title: z.string() }),
  project: z.object({ key: z.string(), name: z.string() }).nullable(),
  nameAsWritten: z.string().nullable(),
  evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  department: z.object({ name: z.string() }).nullable(),
  outcome: z.string(),
  followUps: z.array(z.object({ report: z.object({ year: z.number().int().nullable() }), status: z.string().nullable() })),
  targetOutcome: z
    .object({
      pair: z.object({ verdict: z.string(), gap: z.number().nullable() }),
      target: z.object({ observation: z.object({ value: z.number() }) }).nullable(),
    })
    .nullable(),
});

const COLUMNS = ["id", "issuer", "year", "reportId", "reportTitle", "projectKey", "project", "task", "verdict", "gap", "action", "deadline", "department", "outcome", "followUps", "evidence", "evidenceStart", "evidenceEnd"] as const;

/**
 * Writes `commitments.csv`: one row per promised project or quantified task (its words,
 * its target's verdict and gap) with its outcome, the action
 * and deadline the sentence states, and the later years that mention it
 * (`2024:ongoing;2025:completed`), ready for pandas.
 */
export async function writeCommitmentTable(dir: string): Promise<number> {
  const rows = await readQuery("api/commitments", { issuer: null, year: null, outcome: null, ...OUTCOME_WORDS, skip: 0, limit: 100_000_000 }, CommitmentRow);
  const sink = new FileSink(path.join(dir, "commitments.csv"));
  try {
    await sink.write(csvHeader(COLUMNS));
    for (const row of rows) {
      const values: Record<(typeof COLUMNS)[number], string | number | null> = {
        id: row.id,
        issuer: row.issuer,
        year: row.year,
        reportId: row.report.id,
        reportTitle: row.report.title,
        projectKey: row.project?.key ?? null,
        project: row.project?.name ?? null,
        task: row.project === null ? taskWords(row.evidence.text, row.nameAsWritten, row.targetOutcome?.target?.observation.value ?? null) : null,
        verdict: row.targetOutcome?.pair.verdict ?? null,
        gap: row.targetOutcome?.pair.gap ?? null,
        action: promisedAction(row.evidence.text, row.nameAsWritten),
        deadline: statedDeadline(row.evidence.text),
        department: row.department?.name ?? null,
        outcome: row.outcome,
        followUps: row.followUps.map((f) => `${f.report.year ?? ""}:${f.status ?? ""}`).join(";"),
        evidence: row.evidence.text,
        evidenceStart: row.evidence.start,
        evidenceEnd: row.evidence.end,
      };
      await sink.write(csvLine(COLUMNS.map((column) => values[column])));
    }
  } finally {
    await sink.close();
  }
  return rows.length;
}
