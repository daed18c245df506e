// Characters with meaning in Lucene's classic query syntax.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR = /^(AND|OR|NOT|TO)$/;

/**
 * Turns user text into a Lucene query that matches its words literally: special
 * characters are escaped and upper-case operator words lowered (the index
 * lower-cases anyway), so no input can change the query's structure. Returns null
 * when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = text
    .split(/\s+/)
    .filter((term) => term !== "")
    .map((term) => (OPERATOR.test(term) ? term.toLowerCase() : term).replace(SPECIAL, (char) => `\\${char}`));
  return terms.length === 0 ? null : terms.join(" ");
}
