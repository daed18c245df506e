import { z } from "zod";
import { promisedAction, statedDeadline } from "../../commitments/index.ts";
import { CommitmentOutcomeSchema, CommitmentsArgs, parseArgs } from "../inputs.ts";
import { pageWindow, toConnection, windowParams } from "../pagination.ts";
import { departmentRef, evidenceList, projectRef } from "../refs.ts";
import { DepartmentRefRow, EvidenceRow, ProjectMentionRow, ProjectRefRow, ReportRefRow } from "../rows.ts";
import type { ResolverDeps } from "./deps.ts";

const CommitmentRow = z.object({
  id: z.string(),
  issuer: z.string(),
  year: z.number().int(),
  report: ReportRefRow,
  project: ProjectRefRow,
  nameAsWritten: z.string().nullable(),
  evidence: EvidenceRow,
  department: DepartmentRefRow.nullable(),
  outcome: CommitmentOutcomeSchema,
  followUps: z.array(ProjectMentionRow.extend({ promisedAgain: z.boolean() })),
});
type CommitmentRow = z.infer<typeof CommitmentRow>;

/** Action and deadline come from the promising sentence; the rest is the statement's row. */
export function toCommitment(row: CommitmentRow) {
  return {
    id: row.id,
    issuer: row.issuer,
    year: row.year,
    report: row.report,
    project: projectRef(row.project),
    task: null,
    action: promisedAction(row.evidence.text, row.nameAsWritten),
    deadline: statedDeadline(row.evidence.text),
    department: row.department === null ? null : departmentRef(row.department),
    evidence: row.evidence,
    outcome: row.outcome,
    followUps: row.followUps.map((mention) => ({ ...mention, evidence: evidenceList(mention.evidence) })),
  };
}

export function commitmentResolvers({ read, limits }: ResolverDeps) {
  return {
    Query: {
      commitments: async (_parent: unknown, args: unknown) => {
        const { first, after, ...filter } = parseArgs(CommitmentsArgs, args);
        const window = pageWindow(first, after, limits);
        const rows = await read("commitments", { ...filter, ...windowParams(window) }, CommitmentRow);
        return toConnection(rows, window, toCommitment);
      },
    },
    ProjectActivity: {
      timeline: (parent: { mentions: readonly unknown[] }) => parent.mentions,
    },
  };
}
