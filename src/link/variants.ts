import { readDataTable } from "../domain/index.ts";
import { tagWords } from "../extract/shared/index.ts";
import { normalizeName } from "../resolve/index.ts";
import { foldText } from "./fold.ts";
import { NOT_PLACES } from "./places.ts";
import { WordLineSchema } from "./word-line.ts";

const readWords = (file: string): readonly string[] =>
  readDataTable(new URL(`./data/${file}`, import.meta.url), WordLineSchema, '"word<TAB>reason"')
    .map(({ row: [word] }) => word)
    .sort((a, b) => b.length - a.length);

/** `data/name-tails.tsv`: class and designation words another year may leave off; longest first. */
const NAME_TAILS = readWords("name-tails.tsv");

/** `data/quoted-tails.tsv`: class words after a quoted name that leave it the programme's name. */
const QUOTED_TAILS = readWords("quoted-tails.tsv");

// A core this long says which undertaking it is without its class word (新技术新产品新场景大规模应用示范).
const MIN_TAIL_CORE = 8;
// Without its leading place too, it must still be a long name (四化同步集成改革).
const MIN_PLACELESS_TAIL_CORE = 6;
// A quoted name of three characters is a name in quotes (“双一流”), a word outside them.
const MIN_QUOTED = 3;
/** What a name's core may end in that is the activity, not the name (`…开放创新发展`). */
const TRAILING_ACTIVITY = /(?:发展|建设)$/u;
/** Tags jieba gives a leading place, including towns it takes for person names (`宿迁`/nr). */
const PLACE_TAG = /^(?:ns|nr|nrt)$/u;

/**
 * The long cores a spelling leaves when its class or designation word comes off, then a
 * trailing 发展 or 建设 (`生物医药全产业链开放创新发展试点` → `…开放创新发展`,
 * `…开放创新`), and each without a leading place (`宿迁四化同步集成改革` → `四化同步集成改革`).
 */
export function tailCores(spelling: string): string[] {
  const tail = NAME_TAILS.find((word) => spelling.endsWith(word));
  if (tail === undefined) return [];
  const core = spelling.slice(0, -tail.length);
  const cores = [core, core.replace(TRAILING_ACTIVITY, "")].filter((text) => text.length >= MIN_TAIL_CORE);
  const found = new Set<string>();
  for (const text of cores) {
    found.add(text);
    const [first] = tagWords(text);
    if (!first || !PLACE_TAG.test(first.tag) || first.word.length < 2 || NOT_PLACES.has(first.word)) continue;
    const placeless = text.slice(first.word.length);
    if (placeless.length >= MIN_PLACELESS_TAIL_CORE) found.add(placeless);
  }
  return [...found];
}

/**
 * `“保交房”攻坚战` → `保交房`, `“双一流”` → `双一流`: the quoted name of a confirmed
 * programme written as the quoted name alone or with a class word after it. Another
 * report mentions it where it writes the same name in quotes.
 */
export function quotedTerm(raw: string): string | undefined {
  const match = /^“([^“”]+)”(.*)$/u.exec(raw.trim());
  if (!match) return undefined;
  const after = normalizeName(match[2]!);
  if (after !== "" && !QUOTED_TAILS.includes(after)) return undefined;
  const inner = normalizeName(match[1]!);
  return [...inner.replace(/[^\p{L}\p{N}+]/gu, "")].length >= MIN_QUOTED ? inner : undefined;
}

// What normalizeName drops from a name, except quotes, which are looked for.
const DROPPED = /[‘’"'「」『』《》〈〉【】〔〕[\]（）() \t\u00a0\u3000·•]/u;

/**
 * The name as a sentence writes it, quotes included (`保交房攻坚战` in `打好“保交房”攻坚战`
 * is `“保交房”攻坚战`), once for each different writing; the name alone when no sentence
 * writes it with quotes.
 */
export function writtenForms(spelling: string, sentences: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const sentence of sentences) {
    const folded = foldText(sentence);
    let bare = "";
    const offsets: number[] = [];
    for (let i = 0; i < folded.length; i++) {
      if (DROPPED.test(folded[i]!) || folded[i] === "“" || folded[i] === "”") continue;
      bare += folded[i];
      offsets.push(i);
    }
    for (let at = bare.indexOf(spelling); at >= 0 && spelling !== ""; at = bare.indexOf(spelling, at + 1)) {
      let start = offsets[at]!;
      let end = offsets[at + spelling.length - 1]! + 1;
      if (folded[start - 1] === "“") start--;
      if (folded[end] === "”") end++;
      const written = [...folded.slice(start, end)].filter((char) => !DROPPED.test(char)).join("");
      if (/[“”]/u.test(written)) forms.add(written);
    }
  }
  return forms.size > 0 ? [...forms].sort() : [spelling];
}
