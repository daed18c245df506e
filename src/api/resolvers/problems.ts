import { z } from "zod";
import { ProblemsArgs, RecurringProblemsArgs, parseArgs } from "../inputs.ts";
import { pageWindow, toConnection, windowParams } from "../pagination.ts";
import { evidenceList, problemRef } from "../refs.ts";
import { ProblemMentionRow, ProblemRefRow, YearsSchema } from "../rows.ts";
import type { GraphQLResolveInfo } from "graphql";
import { nestedLimit } from "../selection.ts";
import { nestedSlice, type ResolverDeps } from "./deps.ts";

// recurring-problems.cypher and problems.cypher return the same row.
const ActivityRow = z.object({
  problem: ProblemRefRow,
  years: YearsSchema,
  reportCount: z.number().int(),
  mentions: z.array(ProblemMentionRow),
});
type ActivityRow = z.infer<typeof ActivityRow>;

function toActivity(row: ActivityRow) {
  return {
    problem: problemRef(row.problem),
    years: row.years,
    yearCount: row.years.length,
    reportCount: row.reportCount,
    mentions: row.mentions.map((mention) => ({ ...mention, evidence: evidenceList(mention.evidence) })),
  };
}

export function problemResolvers({ read, limits }: ResolverDeps) {
  // Only as many statements as the query shows.
  const nested = (info: GraphQLResolveInfo) => ({ mentionLimit: nestedLimit(info, ["items", "mentions"], limits) });
  return {
    Query: {
      recurringProblems: async (_parent: unknown, args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        const { minYears, issuer, theme, first, after } = parseArgs(RecurringProblemsArgs, args);
        const window = pageWindow(first, after, limits);
        const params = { minYears, issuer, theme, ...nested(info), ...windowParams(window) };
        return toConnection(await read("recurring-problems", params, ActivityRow), window, toActivity);
      },
      problems: async (_parent: unknown, args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        const { filter, first, after } = parseArgs(ProblemsArgs, args);
        const window = pageWindow(first, after, limits);
        const params = { ...filter, ...nested(info), ...windowParams(window) };
        return toConnection(await read("problems", params, ActivityRow), window, toActivity);
      },
    },
    ProblemActivity: {
      mentions: (parent: { mentions: readonly unknown[] }, args: unknown) => nestedSlice(parent.mentions, args, limits),
    },
  };
}
