import { skeleton } from "./normalize.ts";

// Hedges and fillers that vary from year to year around the same difficulty
// (`部分企业生产经营困难` / `一些企业生产经营仍然困难`).
const HEDGES =
  /(?:同时|但是|但|也要|我们|清醒|看到|认识到|工作中|仍然|依然|仍|还|尚|也|都|一些|部分|有的|少数|个别|不少|较多|较大|比较|较为|较|相对|依旧|面临|存在|方面|领域|问题|等)/gu;
const FUNCTION_CHARS = /[的了着和与及或]/gu;
const NUMBERS = /[\d零〇一二两三四五六七八九十百千万亿]+(?:年|个|项|家|%)?/gu;

/** Longest signature kept: past it clauses differ in detail, not in the problem named. */
export const SIGNATURE_LENGTH = 24;

/**
 * A normalised signature of a problem clause: letters only, hedges, function words and
 * numbers out, capped. Two years stating the same difficulty get the same signature.
 */
export function problemSignature(text: string): string {
  const core = skeleton(text).replace(HEDGES, "").replace(NUMBERS, "").replace(FUNCTION_CHARS, "");
  return core.slice(0, SIGNATURE_LENGTH);
}
