import { createHash } from "node:crypto";

const ID_LENGTH = 24;

/** A report id that stays the same as long as the report's text and position do. */
export function reportId(sourceSlice: string, index: number): string {
  return createHash("sha256").update(sourceSlice).update(`\u0000${index}`).digest("hex").slice(0, ID_LENGTH);
}
