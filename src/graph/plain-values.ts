import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime } from "neo4j-driver";

/**
 * Turns driver values into plain JSON-like data so rows can be checked with zod:
 * integers become numbers (or bigint past 2^53), nodes and relationships become
 * their properties plus labels/type, temporals become ISO strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toBigInt();
  if (isNode(value)) return { ...plainObject(value.properties), labels: [...value.labels] };
  if (isRelationship(value)) return { ...plainObject(value.properties), type: value.type };
  if (isPath(value)) return value.segments.map((segment) => toPlain(segment.relationship));
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") return plainObject(value as Record<string, unknown>);
  return value;
}

function plainObject(source: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).map(([key, inner]) => [key, toPlain(inner)]));
}
