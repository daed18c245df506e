import type { ProjectKind } from "./suffixes.ts";
import { cutWords, tagWords } from "../shared/index.ts";
import { isGenericStem, INNER_ACTIONS, LEADING_COUNT, LEADING_WORDS } from "./boundary-words.ts";

/** Words after which a name starts afresh (`A等B项目`: the name is what follows 等). */
const RESTART_WORDS: ReadonlySet<string> = new Set([
  "等", "的", "了", "向", "从", "到", "由", "被", "让", "使", "给", "跟", "对", "把", "在", "将", "于", "为", "是",
  "用于",
]);

/**
 * The name left once the words that merely introduce it are gone: anything up to the
 * last restart word, then leading actions and adverbs (`加快建设`) and counts (`17个`).
 * Works on jieba words so `自由`, `协同` or `高等` never split a name.
 */
export function stripLeading(window: string, suffix = "", kind: ProjectKind = "programme"): string {
  const words = cutWords(window);
  let cut = 0;
  let offset = 0;
  for (const word of words.slice(0, -1)) {
    offset += word.length;
    if (RESTART_WORDS.has(word) || word.startsWith("—")) cut = offset;
    else if (INNER_ACTIONS.has(word) && offset - word.length >= 2) {
      // `建设` also qualifies a name (`乡村建设行动`); other actions always end what precedes.
      if (word !== "建设" || hasOwnStem(window.slice(offset), suffix)) cut = offset;
    }
  }
  // `区和昝岗片区`: a lone character before 和 is the tail of a word cut off in front.
  let text = window.slice(cut).replace(/^[\u4e00-\u9fff](?:和|与|及)/u, "");
  for (let changed = true; changed && text; ) {
    changed = false;
    const count = LEADING_COUNT.exec(text);
    if (count && count[0].length < text.length) {
      text = text.slice(count[0].length);
      changed = true;
      continue;
    }
    const first = tagWords(text)[0];
    if (first === undefined || first.word.length >= text.length) break;
    if (isLeading(first.word) || (stripsVerbs(kind, suffix) && first.tag === "v")) {
      text = text.slice(first.word.length);
      changed = true;
    }
  }
  return text;
}

/** A leading word, or two of them run together by the segmenter (`深入开展`). */
export function isLeading(word: string): boolean {
  if (LEADING_WORDS.has(word)) return true;
  for (let i = 1; i < word.length; i++) {
    if (LEADING_WORDS.has(word.slice(0, i)) && LEADING_WORDS.has(word.slice(i))) return true;
  }
  return false;
}

/** Whether the rest of a window still names something once its suffix is set aside. */
function hasOwnStem(rest: string, suffix: string): boolean {
  const stem = rest.replace(/[“”"]/gu, "").slice(0, Math.max(0, rest.length - suffix.length));
  return stem.length >= 2 && !isGenericStem(stem);
}

/**
 * Programmes are often named by their action (`降低物流成本专项行动`); places, works and
 * funds never are, so a verb in front of them only introduces the name.
 */
function stripsVerbs(kind: ProjectKind, suffix: string): boolean {
  return kind !== "programme" || /资金|基金/u.test(suffix);
}
