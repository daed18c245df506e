const QUOTES_AND_BRACKETS = /[“”‘’"'「」『』《》〈〉【】〔〕[\]（）()]/gu;
const BLANKS = /[\s\u00a0\u3000·•]/gu;

/**
 * Folds the spelling differences that never change what a name means: width (NFKC),
 * quotes and brackets, blanks, Latin case. `“十四五”规划` and `十四五规划` are one name.
 */
export function normalizeName(name: string): string {
  return name.normalize("NFKC").replace(QUOTES_AND_BRACKETS, "").replace(BLANKS, "").toUpperCase();
}

/** Keeps only letters, CJK ideographs and digits: the skeleton two clauses are compared on. */
export function skeleton(text: string): string {
  return text.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "");
}
