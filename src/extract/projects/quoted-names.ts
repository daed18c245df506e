import type { Piece } from "./clauses.ts";

/**
 * A conversion campaign named by what it replaces (`“煤改气”`, `“瓶改管”`, `“公转铁”`,
 * `“智改数转”`): a quoted one-for-one swap, or two of them run together.
 */
const CONVERSION = /“(?:[\u4e00-\u9fff]改[\u4e00-\u9fff]转|[\u4e00-\u9fff][改转]([\u4e00-\u9fff]))”/gu;
/** Swaps into taxes, loans, investment or shares are fiscal reforms (`“费改税”`, `“拨改贷”`). */
const FISCAL_TARGET = /[税贷投股增非企]/u;
/** `试点“医保钱包”`: a quoted name piloted is a pilot programme. */
const PILOTED = /(?<=试点)“[^“”]{2,10}”$/u;

/** Quoted names that read as programmes by their shape or the verb in front of them. */
export function quotedProgrammes(item: Piece): Piece[] {
  const found: Piece[] = [];
  for (const match of item.text.matchAll(CONVERSION)) {
    if (match[1] && FISCAL_TARGET.test(match[1])) continue;
    found.push({ text: match[0], start: item.start + match.index });
  }
  const piloted = PILOTED.exec(item.text);
  if (piloted) found.push({ text: piloted[0], start: item.start + piloted.index });
  return found;
}
