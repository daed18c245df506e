import { z } from "zod";
import type { YogaInitialContext } from "graphql-yoga";
import { requireApiKey } from "../auth.ts";
import { IngestArgs, parseArgs } from "../inputs.ts";
import { ReportRefRow } from "../rows.ts";
import type { ResolverDeps } from "./deps.ts";

const ReportsRow = z.object({ report: ReportRefRow });

export function ingestResolvers({ apiKey, read }: ResolverDeps & { readonly apiKey: string | undefined }) {
  return {
    Mutation: {
      ingestReport: async (_parent: unknown, args: unknown, context: YogaInitialContext) => {
        requireApiKey(apiKey, context.request.headers.get("authorization"));
        const { text, meta } = parseArgs(IngestArgs, args);
        // Loaded on first use: the pipeline brings the tokenizer and its dictionaries,
        // which a server that only answers queries never needs.
        const { ingestText, textSource } = await import("../../pipeline/index.ts");
        // The same file loop as `govkg ingest`, in this thread: one text is one task.
        const summary = await ingestText(text, { ...meta, source: meta.source ?? textSource(text, {}, "graphql") }, { workers: 1 });
        const rows = summary.reportIds.length === 0 ? [] : await read("reports-by-id", { ids: summary.reportIds }, ReportsRow);
        return {
          reports: rows.map((row) => row.report),
          reportsWritten: summary.reportsWritten,
          reportsSkipped: summary.reportsSkipped,
          reportsFailed: summary.reportsFailed,
          diagnostics: summary.diagnostics,
          diagnosticCounts: Object.entries(summary.diagnosticCounts).map(([code, count]) => ({ code, count })),
          failures: summary.failures.map(({ reportId, code, message }) => ({ reportId, code, message })),
        };
      },
    },
  };
}
