import { z } from "zod";
import {
  PeriodSchema,
  ProblemThemeSchema,
  ProjectStatusSchema,
  ReportKindSchema,
  ReportMetaOverrideSchema,
} from "../domain/index.ts";
import { apiError } from "./errors.ts";

// GraphQL checks types; these check ranges and lengths, and turn absent values into
// the nulls that the Cypher statements test with `$x IS NULL`.

const MAX_TEXT = 200;

/** Optional free text: trimmed, and blank means "no filter". */
const filterText = z
  .string()
  .max(MAX_TEXT, `at most ${MAX_TEXT} characters`)
  .nullish()
  .transform((value) => {
    const trimmed = value?.trim() ?? "";
    return trimmed === "" ? null : trimmed;
  });
const year = z.number().int().min(1900).max(2100).nullish().transform((value) => value ?? null);
const first = z.number().int().nullish();
const after = z.string().max(MAX_TEXT).nullish();
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const PageArgs = z.object({ first, after });

export const ReportsArgs = PageArgs.extend({
  filter: z
    .object({
      issuer: filterText,
      region: filterText,
      yearFrom: year,
      yearTo: year,
      period: nullable(PeriodSchema),
      kind: nullable(ReportKindSchema),
    })
    .nullish()
    .transform((filter) => filter ?? { issuer: null, region: null, yearFrom: null, yearTo: null, period: null, kind: null }),
});

export const IdArgs = z.object({ id: z.string().min(1).max(500) });

const minYears = z.number().int().min(1).max(200).nullish().transform((value) => value ?? 2);

export const RecurringProjectsArgs = PageArgs.extend({ minYears, issuer: filterText });

export const ProjectsArgs = PageArgs.extend({
  search: filterText,
  issuer: filterText,
  yearFrom: year,
  yearTo: year,
  status: nullable(ProjectStatusSchema),
});

export const IndicatorSeriesArgs = z.object({
  name: z.string().trim().min(1, "must not be blank").max(MAX_TEXT),
  issuer: filterText,
});

export const RecurringProblemsArgs = PageArgs.extend({ minYears, issuer: filterText, theme: nullable(ProblemThemeSchema) });

export const ProblemsArgs = PageArgs.extend({
  filter: z
    .object({ search: filterText, issuer: filterText, theme: nullable(ProblemThemeSchema), yearFrom: year, yearTo: year })
    .nullish()
    .transform((filter) => filter ?? { search: null, issuer: null, theme: null, yearFrom: null, yearTo: null }),
});

export const DepartmentsArgs = PageArgs.extend({ search: filterText, issuer: filterText });

export const SearchArgs = z.object({ text: z.string().max(MAX_TEXT, `at most ${MAX_TEXT} characters`), first });

export const NestedArgs = z.object({ first });

export const IngestArgs = z.object({
  text: z.string().min(1, "must not be empty"),
  // GraphQL sends explicit nulls for fields a client cleared; treat them as not given.
  meta: z.preprocess(
    (meta) =>
      Object.fromEntries(Object.entries(meta ?? {}).filter(([, value]) => value !== null && value !== undefined)),
    ReportMetaOverrideSchema.extend({ source: z.string().min(1).max(MAX_TEXT).optional() }),
  ),
});

/** Parses resolver arguments; a failure is the client's, reported field by field. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "arguments"}: ${issue.message}`).join("; ");
  throw apiError("BAD_USER_INPUT", `Invalid arguments: ${detail}`);
}

export const CommitmentOutcomeSchema = z.enum(["REPORTED_DONE", "IN_PROGRESS", "REPEATED", "NOT_MENTIONED_AGAIN", "PENDING"]);

export const CommitmentsArgs = PageArgs.extend({ issuer: filterText, year, outcome: nullable(CommitmentOutcomeSchema) });
