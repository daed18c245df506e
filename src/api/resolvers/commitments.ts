import { z } from "zod";
import { OUTCOME_WORDS, promisedAction, statedDeadline, taskWords } from "../../commitments/index.ts";
import { CommitmentOutcomeSchema, CommitmentsArgs, parseArgs } from "../inputs.ts";
import { pageWindow, toConnection, windowParams } from "../pagination.ts";
import { departmentRef, evidenceList, projectRef } from "../refs.ts";
import { DepartmentRefRow, EvidenceRow, ProjectMentionRow, ProjectRefRow, ReportRefRow } from "../rows.ts";
import type { ResolverDeps } from "./deps.ts";
import { PairRow, toTargetOutcome } from "./targets.ts";

const CommitmentRow = z.object({
  id: z.string(),
  issuer: z.string(),
  year: z.number().int(),
  report: ReportRefRow,
  project: ProjectRefRow.nullable(),
  nameAsWritten: z.string().nullable(),
  evidence: EvidenceRow,
  department: DepartmentRefRow.nullable(),
  outcome: CommitmentOutcomeSchema,
  followUps: z.array(ProjectMentionRow.extend({ promisedAgain: z.boolean() })),
  targetOutcome: PairRow.nullable(),
});
type CommitmentRow = z.infer<typeof CommitmentRow>;

/**
 * Action and deadline come from the promising sentence; a quantified task's words are
 * its clause of that sentence, and its target beside the outcome is the pairing's.
 */
export function toCommitment(row: CommitmentRow) {
  const target = row.targetOutcome === null ? null : toTargetOutcome(row.targetOutcome);
  const value = row.targetOutcome?.target?.observation.value ?? null;
  return {
    id: row.id,
    issuer: row.issuer,
    year: row.year,
    report: row.report,
    project: row.project === null ? null : projectRef(row.project),
    task: row.project === null ? taskWords(row.evidence.text, row.nameAsWritten, value) : null,
    action: promisedAction(row.evidence.text, row.nameAsWritten),
    deadline: statedDeadline(row.evidence.text),
    department: row.department === null ? null : departmentRef(row.department),
    evidence: row.evidence,
    outcome: row.outcome,
    followUps: row.followUps.map((mention) => ({ ...mention, evidence: evidenceList(mention.evidence) })),
    targetOutcome: target,
  };
}

export function commitmentResolvers({ read, limits }: ResolverDeps) {
  return {
    Query: {
      commitments: async (_parent: unknown, args: unknown) => {
        const { first, after, ...filter } = parseArgs(CommitmentsArgs, args);
        const window = pageWindow(first, after, limits);
        const rows = await read("commitments", { ...filter, ...OUTCOME_WORDS, ...windowParams(window) }, CommitmentRow);
        return toConnection(rows, window, toCommitment);
      },
    },
    ProjectActivity: {
      timeline: (parent: { mentions: readonly unknown[] }) => parent.mentions,
    },
  };
}
