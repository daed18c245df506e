import {
  IndicatorStatusSchema,
  PeriodSchema,
  ProblemThemeSchema,
  ProjectKindSchema,
  ProjectStatusSchema,
  ReportKindSchema,
  SectionRoleSchema,
} from "../domain/index.ts";

/** GraphQL names for the domain's enum values: `review+plan` → `REVIEW_AND_PLAN`. */
function graphqlEnum(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase().replaceAll("+", "_AND_"), value]));
}

/**
 * Enum resolvers so that resolvers and Cypher parameters see the stored values
 * (`review+plan`) while the schema shows valid GraphQL names.
 */
export const enumResolvers = {
  Period: graphqlEnum(PeriodSchema.options),
  ReportKind: graphqlEnum(ReportKindSchema.options),
  SectionRole: graphqlEnum(SectionRoleSchema.options),
  ProjectKind: graphqlEnum(ProjectKindSchema.options),
  ProjectStatus: graphqlEnum(ProjectStatusSchema.options),
  ProblemTheme: graphqlEnum(ProblemThemeSchema.options),
  IndicatorStatus: graphqlEnum(IndicatorStatusSchema.options),
  Direction: { OUT: "out", IN: "in" },
} as const;
