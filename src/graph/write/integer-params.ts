import neo4j from "neo4j-driver";

// JavaScript numbers reach Neo4j as floats; these fields are counts and offsets and
// must be stored as integers so exports and typed readers see `2024`, not `2024.0`.
const INTEGER_FIELDS = new Set(["year", "start", "end", "level", "periodYear", "reportYear", "noTargetStart", "noTargetEnd", "limit"]);

/** Copies params, turning the integer fields (at any depth) into Neo4j integers. */
export function withIntegers(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => withIntegers(item));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v, k)]));
  }
  if (typeof value === "number" && INTEGER_FIELDS.has(key) && Number.isInteger(value)) return neo4j.int(value);
  return value;
}
