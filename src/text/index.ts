/**
 * Pure text helpers every stage after reading shares: normalisation with its map back
 * to the original, evidence spans, Chinese numerals, years, and template placeholders.
 * Nothing here reads a file except the vocabulary tables loaded once at start.
 */
export { normalizeText, originalSpan } from "./normalize.ts";
export { sourceEvidence } from "./evidence.ts";
export { parseNumber, parseChineseNumber, parseChineseCount, parseFractionPercent } from "./numerals.ts";
export { findYears, parseYear, type YearMention } from "./years.ts";
export {
  containsPlaceholder,
  isPlaceholder,
  findPlaceholders,
  findBlankAmounts,
  findPlaceholderAmounts,
  PLACEHOLDER_MARK,
  YEAR_NUMBER,
} from "./placeholder.ts";
