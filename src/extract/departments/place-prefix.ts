import { tagWords } from "../shared/index.ts";

const WINDOW = 8;
const PARTY_PREFIX = "中共";

/**
 * The place and party marks written in front of a body (`中共` `姑苏` + `区委`), found with
 * jieba's place tag so a verb before a bare `县委` is never taken for a name.
 */
export function placePrefixStart(text: string, coreStart: number): number {
  let start = coreStart;
  const window = text.slice(Math.max(0, coreStart - WINDOW), coreStart);
  const tokens = tagWords(window);
  const last = tokens[tokens.length - 1];
  if (last && last.tag.startsWith("ns") && last.word.length >= 2 && /^[\u4e00-\u9fff]+$/u.test(last.word)) {
    start -= last.word.length;
  }
  if (text.slice(start - PARTY_PREFIX.length, start) === PARTY_PREFIX) start -= PARTY_PREFIX.length;
  return start;
}
