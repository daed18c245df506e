import { tagWords } from "../shared/index.ts";
import { isLeading } from "./clean-name.ts";
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

/**
 * `推进“双一流”建设`, `深化张家口首都“两区”建设`: a quoted name that is built is an
 * undertaking of its own, whatever words it is made of.
 */
const BUILT = /“([^“”、，]{2,12})”(?=建设)/gu;
/**
 * `启动建设“天府森林四库”`, `推广“报表通”`, `实施“中国制造2025”`: a quoted name right after
 * a verb that launches or builds something, ending the item, is the thing launched.
 */
const LAUNCHED = /(?:实施|启动实施|启动建设|启动|打造|推广|开展|创建|建设)(?:新时代|更高水平|高水平|升级版)*(“[^“”、，]{2,12}”)$/u;
/** `实施《中国制造2025》`, `“健康中国2030”`: a plan named after the year it aims at (book-title marks end a piece). */
const HORIZON = /(?:^|“)([\u4e00-\u9fff]{2,10}20[2-5][0-9])(?:”|$)/gu;

/** `“六链五群”`, `“一核两翼”`: a layout counted out in numerals is a slogan, not a works. */
const NUMBERED_SLOGAN = /[一二两三四五六七八九十百千万][^一二两三四五六七八九十百千万]+[一二两三四五六七八九十百千万]/u;

/** Tags jieba gives place names, and person-name tags it often gives places it does not know. */
const PLACE_TAG = /^(?:ns|nr|nrt|nrfg)$/u;

/** `张家口首都“两区”`: the place words right before a quoted name belong to it. */
function placeBefore(text: string): string {
  const words = tagWords(text);
  let place = "";
  for (let i = words.length - 1; i >= 0; i--) {
    const { word, tag } = words[i]!;
    const proper = PLACE_TAG.test(tag);
    // `首都` in `张家口首都“两区”`: a two-character word right after a place still belongs to it.
    const ofPlace = place === "" && word.length === 2 && !isLeading(word) && !/^[vpcu]/u.test(tag) && i > 0 && PLACE_TAG.test(words[i - 1]!.tag);
    if (!proper && !ofPlace) break;
    place = word + place;
  }
  return place.length <= 8 ? place : "";
}

/** Quoted names that read as programmes by their shape or the verb in front of them. */
export function quotedProgrammes(item: Piece): Piece[] {
  const found: Piece[] = [];
  const quoted = item.text.includes("”");
  if (!quoted && !item.text.includes("20")) return found;
  for (const match of quoted ? item.text.matchAll(BUILT) : []) {
    if (NUMBERED_SLOGAN.test(match[1]!)) continue;
    const place = placeBefore(item.text.slice(0, match.index));
    found.push({ text: `${place}“${match[1]}”`, start: item.start + match.index - place.length });
  }
  const launched = item.text.endsWith("”") ? LAUNCHED.exec(item.text) : null;
  if (launched?.[1]) found.push({ text: launched[1], start: item.start + item.text.length - launched[1].length });
  for (const match of item.text.matchAll(HORIZON)) found.push({ text: match[0], start: item.start + match.index });
  for (const match of item.text.matchAll(CONVERSION)) {
    if (match[1] && FISCAL_TARGET.test(match[1])) continue;
    found.push({ text: match[0], start: item.start + match.index });
  }
  const piloted = PILOTED.exec(item.text);
  if (piloted) found.push({ text: piloted[0], start: item.start + piloted.index });
  return found;
}
