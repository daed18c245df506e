import type { Params } from "../connection.ts";

/**
 * Neo4j keys its plan cache on the size class of every list parameter (empty, one,
 * a few, tens, hundreds…), so an `UNWIND $rows` statement fed reports of every size is
 * planned again for each class and each combination of classes; on a server just
 * started that planning cost about as much as the writes themselves. A list inside a
 * map carries no size class, so every ingest statement reads each list parameter as
 * `$name.items` and is planned once.
 */
export function withListsInMaps(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? { items: value } : value]));
}
