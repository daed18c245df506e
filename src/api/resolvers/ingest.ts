import { createHash } from "node:crypto";
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
        // Named here rather than by the pipeline so the reports it wrote can be read back by source.
        const source = meta.source ?? `graphql:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
        // Loaded on first use: the pipeline brings the tokenizer and its dictionaries,
        // which a server that only answers queries never needs.
        const { ingestText } = await import("../../pipeline/index.ts");
        const summary = await ingestText(text, { ...meta, source });
        const rows = await read("reports-by-source", { source }, ReportsRow);
        return {
          reports: rows.map((row) => row.report),
          reportsWritten: summary.reportsWritten,
          reportsSkipped: summary.reportsSkipped,
          reportsFailed: summary.reportsFailed,
          diagnostics: summary.diagnostics,
          failures: summary.failures.map(({ reportId, code, message }) => ({ reportId, code, message })),
        };
      },
    },
  };
}
