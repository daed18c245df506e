import { z } from "zod";

const Keys = z.array(z.string()).default([]);

/** Keys of the shared entities a report refers to, per label. */
export const TouchedSchema = z.object({
  projects: Keys,
  departments: Keys,
  organizations: Keys,
  problems: Keys,
  indicators: Keys,
  issuers: Keys,
  regions: Keys,
});
export type Touched = z.infer<typeof TouchedSchema>;

export const NOTHING_TOUCHED: Touched = {
  projects: [],
  departments: [],
  organizations: [],
  problems: [],
  indicators: [],
  issuers: [],
  regions: [],
};

const sortedUnion = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])].sort();

export function unionTouched(a: Touched, b: Touched): Touched {
  return {
    projects: sortedUnion(a.projects, b.projects),
    departments: sortedUnion(a.departments, b.departments),
    organizations: sortedUnion(a.organizations, b.organizations),
    problems: sortedUnion(a.problems, b.problems),
    indicators: sortedUnion(a.indicators, b.indicators),
    issuers: sortedUnion(a.issuers, b.issuers),
    regions: sortedUnion(a.regions, b.regions),
  };
}
