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
        const { source: givenSource, ...overrides } = meta;
        const source = givenSource ?? `graphql:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
        // Loaded on first use: the pipeline brings the tokenizer and its dictionaries,
        // which a server that only answers queries never needs.
        const [{ ingestText }, { structureDocument }] = await Promise.all([
          import("../../pipeline/index.ts"),
          import("../../structure/index.ts"),
        ]);
        // Report ids depend on the text alone; splitting it (cheap, no extraction) tells
        // which reports this text is, whether the pipeline writes them or finds them unchanged.
        const ids = structureDocument({ source, format: "txt", encoding: null, text }, overrides).map((report) => report.id);
        const summary = await ingestText(text, { ...overrides, source });
        const rows = ids.length === 0 ? [] : await read("reports-by-id", { ids }, ReportsRow);
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
