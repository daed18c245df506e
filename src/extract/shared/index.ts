/**
 * Helpers every extractor shares. Stable surface:
 * - `containsPlaceholder(text)`, `isPlaceholder(text)`, `findPlaceholders(text)`,
 *   `findBlankAmounts(text)`, `findPlaceholderAmounts(text)`: template marks (XX, xx, XXX, **, ××, 20xx) and
 *   amounts left blank (`收入亿元，增长%`) that must never become values or names.
 * - `parseNumber`, `parseChineseNumber`, `parseFractionPercent`: numerals.
 * - `splitUnit`, `normalizeAmount`: unit scale (亿元 → 1e8 元).
 * - `cutWords`, `tagWords`: jieba segmentation with the project dictionaries.
 */
export {
  containsPlaceholder,
  isPlaceholder,
  findPlaceholders,
  findBlankAmounts,
  findPlaceholderAmounts,
} from "./placeholder.ts";
export { parseNumber, parseChineseNumber, parseFractionPercent, CHINESE_NUMERAL_CHARS } from "./numerals.ts";
export { splitUnit, normalizeAmount, type ScaledUnit } from "./units.ts";
export { cutWords, tagWords, type TaggedWord } from "./tokenizer.ts";
