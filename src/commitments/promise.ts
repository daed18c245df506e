import { z } from "zod";
import { readDataTable } from "../domain/index.ts";

const LineSchema = z.tuple([z.enum(["action", "deadline"]), z.string().min(1), z.string().min(1)]);

function loadWords(): { actions: readonly string[]; deadlines: readonly RegExp[] } {
  const actions: string[] = [];
  const deadlines: RegExp[] = [];
  for (const { row: [kind, text] } of readDataTable(new URL("./data/promise-words.tsv", import.meta.url), LineSchema, '"kind<TAB>text<TAB>why"')) {
    if (kind === "action") actions.push(text);
    else deadlines.push(new RegExp(text, "u"));
  }
  return { actions, deadlines };
}

const WORDS = loadWords();

/**
 * The promised action: the listed verb nearest before the project's name in the
 * sentence (`开工建设青岚大桥` → 开工建设), else the first one after it (`青岚水库建成投运`).
 */
export function promisedAction(sentence: string, name: string | null): string | null {
  const at = name === null ? -1 : nameAt(sentence, name);
  let best: { text: string; distance: number } | null = null;
  for (const action of WORDS.actions) {
    for (let i = sentence.indexOf(action); i >= 0; i = sentence.indexOf(action, i + 1)) {
      // Before the name counts first; after it, farther than anything before.
      const distance = at < 0 ? i : i + action.length <= at ? at - (i + action.length) : 1000 + i - at;
      if (best === null || distance < best.distance || (distance === best.distance && action.length > best.text.length)) best = { text: action, distance };
    }
  }
  return best?.text ?? null;
}

/**
 * Where the sentence writes the name: as stored, or with quotation marks the stored name
 * leaves out (双拥活动 in 深入开展“双拥”活动); −1 if nowhere.
 */
function nameAt(sentence: string, name: string): number {
  const plain = sentence.indexOf(name);
  if (plain >= 0 || name.length === 0) return plain;
  const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const quoted = new RegExp([...name].map(escape).join("[“”\"]?"), "u").exec(sentence);
  return quoted?.index ?? -1;
}

/** The deadline as the sentence states it (`年内`, `2025年底前`, `到2027年`), or null. */
export function statedDeadline(sentence: string): string | null {
  let best: { text: string; index: number } | null = null;
  for (const pattern of WORDS.deadlines) {
    const match = pattern.exec(sentence);
    if (match && (best === null || match.index < best.index || (match.index === best.index && match[0].length > best.text.length))) best = { text: match[0], index: match.index };
  }
  return best?.text ?? null;
}
