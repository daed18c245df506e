import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nodejieba from "nodejieba";

const DICT_DIR = join(dirname(fileURLToPath(import.meta.url)), "dict");

let loaded = false;

/**
 * Loads nodejieba once with every user dictionary in `dict/` (one file per concern,
 * joined with `|`, which cppjieba accepts as a list of user dictionaries).
 *
 * This load is most of a one-file `govkg extract`. nodejieba as published builds its
 * 349 k-word dictionary twice (once more for a TextRank extractor GovKG never calls) and
 * spends over half of the load in page faults, in every thread that loads it. The patch
 * in scripts/patches/ builds the TextRank copy only when it is first asked for, reads
 * the dictionary's weight range without sorting a copy, reserves its big vectors up
 * front, and builds the dictionary once per process: threads loading the same
 * files share it. The first load went from about 0.8 s to 0.2 s; later threads' loads
 * cost nothing, and the process holds one dictionary instead of one per thread.
 * A main dictionary trimmed by frequency was measured and not taken:
 * jieba's frequency 3 holds common administrative compounds (城市更新, 生态环境), so
 * dropping words of frequency ≤ 3 loads in 0.24 s but changes 4.8 % of the words of
 * real reports and loses extracted projects; frequency ≤ 2 changes 0.2 % (扫黑 goes,
 * and 扫黑除恶 with it) and saves a tenth of the load.
 */
function ensureLoaded(): void {
  if (loaded) return;
  const userDicts = readdirSync(DICT_DIR)
    .filter((name) => name.endsWith(".dict.utf8"))
    .sort()
    .map((name) => join(DICT_DIR, name));
  // GovKG asks jieba for words and tags, never for keywords, so its 6 MB keyword-weight
  // (IDF) table is replaced by a one-line one: parsing it took about a fifth of every
  // start and of every worker thread's start.
  const idfDict = join(DICT_DIR, "keyword-weights.idf.utf8");
  nodejieba.load(userDicts.length > 0 ? { userDict: userDicts.join("|"), idfDict } : { idfDict });
  loaded = true;
}

export interface TaggedWord {
  readonly word: string;
  readonly tag: string;
}

/** Segments with the HMM on, so numbers and unknown names stay whole. */
export function cutWords(text: string): string[] {
  ensureLoaded();
  return nodejieba.cut(text, true);
}

/** Part-of-speech tags for each word (jieba's tag set: n, ns, nt, nz, v, m, …). */
export function tagWords(text: string): TaggedWord[] {
  ensureLoaded();
  return nodejieba.tag(text);
}
