import { tagWords } from "../shared/index.ts";
import { TRAILING_STATUS } from "./boundary-words.ts";
import type { Piece } from "./clauses.ts";
import { isLeading, stripLeading } from "./clean-name.ts";

/** A verb that launches every programme of the list it governs (`深入实施A、B行动`). */
const LAUNCH = /^(?:深入|全面|扎实|持续|加快|大力|积极|继续|统筹|同步)?(?:实施|开展|启动|组织实施|组织开展)(?!了)/u;
/** The last item names a programme with its own suffix (`粮食单产提升行动`). */
const PROGRAMME_END = /(?:专项行动|行动|行动计划|计划|工程|攻坚战|保卫战|试点)$/u;
/** `四大工程`, `6大行动`: the items are the parts of one counted set, not names of their own. */
const COUNTED_SET = /[一二两三四五六七八九十0-9]+(?:大|项|个)(?:重点|重大|专项)?(?:行动|工程|计划)$/u;
const MIN_ITEM = 4;
const MAX_ITEM = 12;

/**
 * `实施种业振兴、粮食单产提升行动`: the earlier items of a list whose last item is a named
 * programme are programmes too when a launching verb governs the list and each item is
 * named by what it does (a noun then a verb: `种业振兴`, `耕地质量提升`). Lists of plain
 * nouns (`基础教育、职业教育…三年行动计划`) name one programme and are left whole.
 */
export function programmeListItems(items: readonly Piece[]): Piece[] {
  const first = items[0];
  const last = items[items.length - 1];
  if (items.length < 2 || !first || !last) return [];
  const lastText = last.text.replace(TRAILING_STATUS, "");
  if (!LAUNCH.test(first.text) || !PROGRAMME_END.test(lastText) || COUNTED_SET.test(lastText)) return [];
  const names: Piece[] = [];
  items.slice(0, -1).forEach((item, i) => {
    const text = i === 0 ? stripLeading(item.text) : item.text;
    const quoted = /^“[^“”]+”$/u.test(text);
    if (!quoted && (text.length < MIN_ITEM || text.length > MAX_ITEM || !namedByAction(text))) return;
    names.push({ text, start: item.start + item.text.length - text.length });
  });
  return names;
}

/** A subject followed by what is done to it, as programme names are built. */
function namedByAction(text: string): boolean {
  const words = tagWords(text);
  const head = words[0];
  const tail = words[words.length - 1];
  if (!head || !tail || words.length < 2 || isLeading(head.word) || head.tag.startsWith("v")) return false;
  return tail.tag === "v" || (tail.tag === "vn" && words.length >= 3);
}
