import type { GraphRead } from "../graph-read.ts";
import { NestedArgs, parseArgs } from "../inputs.ts";
import { pageSize, type PageLimits } from "../pagination.ts";

/** What every resolver group is built from; nothing reaches resolvers through globals. */
export interface ResolverDeps {
  readonly read: GraphRead;
  readonly limits: PageLimits;
}

/**
 * Nested lists come whole from their parent's statement (no extra round trip);
 * `first` only trims them.
 */
export function nestedSlice<T>(list: readonly T[], args: unknown, limits: PageLimits): readonly T[] {
  const { first } = parseArgs(NestedArgs, args);
  return list.slice(0, pageSize(first, limits.defaultNestedSize, limits));
}
