import type { ProjectKind } from "./suffixes.ts";
import { tagWords } from "../shared/index.ts";
import { readWords } from "../shared/word-list.ts";
import { isGenericStem, INNER_ACTIONS, LEADING_COUNT, LEADING_WORDS } from "./boundary-words.ts";

/** `data/leading-pairs.tsv`: paired verbs in front of a name, matched as text. */
const LEADING_PAIRS = readWords(new URL("./data/leading-pairs.tsv", import.meta.url)).sort((a, b) => b.length - a.length);

/** Longest stretch before a suffix worth segmenting: longer names are rejected anyway. */
const MAX_WINDOW = 40;

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
  const bounded = window.length > MAX_WINDOW ? window.slice(window.length - MAX_WINDOW) : window;
  let words = tagWords(bounded);
  let cut = 0;
  let cutWord = 0;
  let offset = 0;
  words.slice(0, -1).forEach(({ word }, i) => {
    offset += word.length;
    if (RESTART_WORDS.has(word) || word.startsWith("—")) [cut, cutWord] = [offset, i + 1];
    else if (INNER_ACTIONS.has(word) && offset - word.length >= 2) {
      // `建设` also qualifies a name (`乡村建设行动`), and any action right before a
      // programme's suffix is what it does (`消费环境创建行动`); otherwise an action
      // ends what precedes it.
      const rest = bounded.slice(offset);
      const named =
        word === "建设" ? hasOwnStem(rest, suffix) : kind !== "programme" || rest.replace(/[“”"]/gu, "") !== suffix;
      if (named) [cut, cutWord] = [offset, i + 1];
    }
  });
  words = words.slice(cutWord);
  // After a cut, a conjunction in front joined the name to what the cut removed.
  let text = cut > 0 ? bounded.slice(cut).replace(/^(?:和|与|及)/u, "") : bounded;
  if (text.length !== bounded.length - cut) words = tagWords(text);
  // `区和昝岗片区`: a lone character before 和 is the tail of a word cut off in front.
  const fragment = /^[\u4e00-\u9fff](?:和|与|及)/u.exec(text);
  if (fragment) [text, words] = [text.slice(fragment[0].length), tagWords(text.slice(fragment[0].length))];
  while (text) {
    const count = LEADING_COUNT.exec(text);
    if (count && count[0].length < text.length) {
      text = text.slice(count[0].length);
      words = tagWords(text);
      continue;
    }
    // `做大做强`, `建强用好`: paired verbs the segmenter cuts across (`做|大|做|强雄安`).
    const paired = LEADING_PAIRS.find((pair) => text.startsWith(pair) && pair.length < text.length);
    if (paired !== undefined) {
      text = text.slice(paired.length);
      words = tagWords(text);
      continue;
    }
    const first = words[0];
    if (first === undefined || first.word.length >= text.length) break;
    if (!isLeading(first.word) && !(stripsVerbs(kind, suffix) && first.tag === "v")) break;
    text = text.slice(first.word.length);
    words = words.slice(1);
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
