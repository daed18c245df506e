/**
 * Helpers every extractor shares. Stable surface:
 * - `splitUnit`, `normalizeAmount`: unit scale (亿元 → 1e8 元).
 * - `tagWords`: jieba segmentation with the project dictionaries.
 * - `containsPlaceholder`, `findPlaceholders`: template marks, from `src/text` (which
 *   holds the numerals and placeholders every stage shares).
 */
export { containsPlaceholder } from "../../text/index.ts";
export { splitUnit, normalizeAmount, type ScaledUnit } from "./units.ts";
export { tagWords, type TaggedWord } from "./tokenizer.ts";
