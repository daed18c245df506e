import { z } from "zod";
import type { YogaInitialContext } from "graphql-yoga";
import { DiagnosticSchema } from "../../domain/index.ts";
import { requireApiKey } from "../auth.ts";
import { IngestArgs, parseArgs } from "../inputs.ts";
import { ReportRefRow } from "../rows.ts";

/** Runs the same pipeline as `govkg ingest` on one text. */
export type IngestText = (text: string, meta: Record<string, unknown>) => Promise<unknown>;

// What ingestText reports back: the reports it wrote (with their metadata) and the
// data problems met on the way.
const IngestOutcome = z.object({
  reports: z.array(ReportRefRow.partial().extend({ id: z.string(), title: z.string() })),
  diagnostics: z.array(DiagnosticSchema).default([]),
});

async function pipelineIngest(): Promise<IngestText> {
  // Loaded on first use: the pipeline pulls in the tokenizer dictionaries, which a
  // read-only API never needs.
  const pipeline = (await import("../../pipeline/index.ts")) as Record<string, unknown>;
  const ingestText = pipeline.ingestText;
  if (typeof ingestText !== "function") throw new Error("the pipeline exports no ingestText");
  return ingestText as IngestText;
}

export function ingestResolvers({ apiKey }: { readonly apiKey: string | undefined }) {
  return {
    Mutation: {
      ingestReport: async (_parent: unknown, args: unknown, context: YogaInitialContext) => {
        requireApiKey(apiKey, context.request.headers.get("authorization"));
        const { text, meta } = parseArgs(IngestArgs, args);
        const ingest = await pipelineIngest();
        const outcome = IngestOutcome.parse(await ingest(text, meta));
        return {
          reports: outcome.reports.map((report) => ({
            year: null,
            period: null,
            kind: null,
            issuer: null,
            region: null,
            ...report,
          })),
          diagnostics: outcome.diagnostics,
        };
      },
    },
  };
}
