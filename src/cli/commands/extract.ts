import type { Command } from "commander";
import { z } from "zod";
import {
  DiagnosticCodeSchema,
  PeriodSchema,
  ReportKindSchema,
  ReportMetaOverrideSchema,
  type ExtractedReport,
  type ExtractOutput,
  type ReportMetaOverride,
} from "../../domain/index.ts";
import { loadEnv } from "../../config/env.ts";
// The pipeline's own files, not its barrel, and the bulk writer only for --out: a plain
// extract loads no database driver.
import { extractPaths, type ExtractRun } from "../../pipeline/extract-paths.ts";
import { defaultWorkers } from "../../pipeline/settings.ts";
import { formatDiagnosticCounts, parseWorkers } from "../run-options.ts";

interface ExtractFlags {
  readonly json?: boolean;
  readonly workers?: string;
  readonly out?: string;
  readonly shard?: string;
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
  const given = Object.fromEntries(Object.entries(flags).filter(([key, v]) => !["json", "out", "shard", "workers"].includes(key) && v !== undefined));
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

/** The run as `--json` prints it: the reports, and each file that gave none as an error. */
export function extractOutput(run: ExtractRun): ExtractOutput {
  const errors = run.summary.failures.map(({ source, code, message }) => ({ source, code, message }));
  const readErrors = errors.flatMap((error) => {
    const code = DiagnosticCodeSchema.safeParse(error.code);
    return code.success ? [{ ...error, code: code.data }] : [];
  });
  return { reports: [...run.reports], errors: readErrors };
}

/** `--shard k/n` (1-based k) as a 0-based index and a count. */
export function parseShard(text: string | undefined): { index: number; count: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/u.exec(text.trim());
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (!match || n < 1 || k < 1 || k > n) throw new Error(`invalid --shard ${text}: expected k/n with 1 ≤ k ≤ n, such as 2/8`);
  return { index: k - 1, count: n };
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
    .option("--workers <n>", `extraction threads (default: the number of cores, ${defaultWorkers()} here)`)
    .option("--out <dir>", "write one JSON Lines file per source into DIR, named by its bytes and the extractor version; sources already there are skipped")
    .option("--shard <k/n>", "with --out: only the k-th of every n files (1-based), one machine's share")
    .action(async (paths: string[], flags: ExtractFlags) => {
      const overrides = parseOverrideFlags(flags);
      if (flags.out !== undefined) {
        const shard = parseShard(flags.shard);
        const { extractToDir } = await import("../../bulk/index.ts");
        const summary = await extractToDir(paths, flags.out, { overrides, ...(shard ? { shard } : {}) });
        for (const error of summary.errors) process.stderr.write(`${error.message} (${error.code})\n`);
        process.stdout.write(
          `${summary.files} files: ${summary.written} extracted (${summary.reports} reports), ${summary.skipped} already in ${flags.out}, ${summary.errors.length} errors; ${(summary.durationMs / 1000).toFixed(1)} s\n`,
        );
        process.exitCode = summary.errors.length > 0 ? 1 : 0;
        return;
      }
      if (flags.shard !== undefined) throw new Error("--shard only applies with --out");
      const run = await extractPaths(paths, { overrides, workers: parseWorkers(flags.workers), maxFileBytes: loadEnv().GOVKG_MAX_FILE_MB * 1024 * 1024 });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(extractOutput(run), null, 2)}\n`);
        // Failures that are not read errors (an extractor that threw) have no place in the JSON.
        for (const failure of run.summary.failures.filter((f) => !DiagnosticCodeSchema.safeParse(f.code).success)) process.stderr.write(`${failure.message} (${failure.code})\n`);
      } else {
        for (const report of run.reports) process.stdout.write(`${formatReportLine(report)}\n`);
        for (const failure of run.summary.failures) process.stderr.write(`${failure.message} (${failure.code})\n`);
        process.stdout.write(`${run.reports.length} reports, ${run.summary.failures.length} errors; diagnostics: ${formatDiagnosticCounts(run.summary.diagnosticCounts)}\n`);
      }
      process.exitCode = run.summary.failures.length > 0 ? 1 : 0;
    });
}
