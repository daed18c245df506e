import type { Command } from "commander";
import { z } from "zod";
import {
  PeriodSchema,
  ReportKindSchema,
  ReportMetaOverrideSchema,
  type ExtractedReport,
  type ExtractOutput,
  type ReportMetaOverride,
} from "../../domain/index.ts";
import { expandPaths, isReadError, readSidecar, readSource } from "../../read/index.ts";
import { extractDocument } from "../../pipeline/index.ts";

interface ExtractFlags {
  readonly json?: boolean;
  readonly issuer?: string;
  readonly region?: string;
  readonly year?: string;
  readonly period?: string;
  readonly kind?: string;
}

// Flags arrive as strings; `none` states that a field is unknown (null) rather than inferred.
const nullable = <T extends z.ZodType>(schema: T, expected: string) =>
  z.union([z.literal("none").transform(() => null), schema], { error: `expected ${expected} or none` });

const FlagsSchema = z
  .object({
    issuer: nullable(z.string().min(1), "a name").optional(),
    region: nullable(z.string().min(1), "a name").optional(),
    year: nullable(z.coerce.number().int().min(1900).max(2100), "a four-digit year").optional(),
    period: nullable(PeriodSchema, "H1, H2 or FY").optional(),
    kind: nullable(ReportKindSchema, "review, plan or review+plan").optional(),
  })
  .strict();

/** Metadata overrides given on the command line, checked against the same schema as sidecars. */
export function parseOverrideFlags(flags: ExtractFlags): ReportMetaOverride {
  const given = Object.fromEntries(Object.entries(flags).filter(([key, v]) => key !== "json" && v !== undefined));
  const parsed = FlagsSchema.safeParse(given);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`invalid metadata flag: ${issues.join("; ")}`);
  }
  const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return ReportMetaOverrideSchema.parse(defined);
}

const show = (value: string | number | null): string => (value === null ? "-" : String(value));

/** One line per report for people: title, year, period, kind and how much was found. */
export function formatReportLine(report: ExtractedReport): string {
  const counts = [
    `${report.sections.length} sections`,
    `${report.indicators.length} indicators`,
    `${report.projects.length} projects`,
    `${report.departments.length} departments`,
    `${report.problems.length} problems`,
  ].join(", ");
  const meta = [report.year, report.period, report.kind, report.issuer, report.region].map(show).join("  ");
  return `${report.title || "(untitled)"}  ${meta}  [${counts}]  ${report.source}`;
}

async function extractPaths(paths: readonly string[], flags: ReportMetaOverride): Promise<ExtractOutput> {
  const output: ExtractOutput = { reports: [], errors: [] };
  for (const path of await expandPaths(paths)) {
    const doc = await readSource(path);
    if (isReadError(doc)) {
      output.errors.push(doc);
      continue;
    }
    const sidecar = await readSidecar(path);
    // A broken sidecar is reported, and the document is still extracted with what can be inferred.
    if (isReadError(sidecar)) output.errors.push(sidecar);
    const overrides = { ...(isReadError(sidecar) ? {} : sidecar), ...flags };
    output.reports.push(...extractDocument(doc, overrides));
  }
  return output;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Read reports (files, directories, or - for standard input) and print what was extracted")
    .argument("<paths...>", "files or directories; - reads standard input")
    .option("--json", "print the extraction as JSON")
    .option("--issuer <name>", "issuer of every report read (none: not stated)")
    .option("--region <name>", "region of every report read (none: not stated)")
    .option("--year <year>", "year of every report read (none: not stated)")
    .option("--period <period>", "H1, H2 or FY (none: unknown)")
    .option("--kind <kind>", "review, plan or review+plan (none: unknown)")
    .action(async (paths: string[], flags: ExtractFlags) => {
      const overrides = parseOverrideFlags(flags);
      const output = await extractPaths(paths, overrides);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      } else {
        for (const report of output.reports) process.stdout.write(`${formatReportLine(report)}\n`);
        for (const error of output.errors) process.stderr.write(`${error.message} (${error.code})\n`);
        process.stdout.write(`${output.reports.length} reports, ${output.errors.length} errors\n`);
      }
      process.exitCode = output.errors.length > 0 ? 1 : 0;
    });
}
