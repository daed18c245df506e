/** Where a known name occurs in a sentence. */
export interface Mention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const QUOTES = /[“”"‘’「」《》]/gu;
const QUOTE_CHAR = /[“”"‘’「」《》]/u;

/**
 * Every non-overlapping occurrence of the given names, longest names first so that
 * `区住建委` is not also read as a shorter name inside it. A name the extractor stored
 * without its quotes (`银龄乐养老工程`) is still found when the text quotes it.
 */
export function findMentions(text: string, names: readonly string[]): Mention[] {
  const taken = new Uint8Array(text.length);
  const found: Mention[] = [];
  const { compact, positions } = compactText(text);
  const sorted = [...new Set(names)].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const needle = name.replace(QUOTES, "");
    if (!needle) continue;
    for (let from = compact.indexOf(needle); from >= 0; from = compact.indexOf(needle, from + 1)) {
      const start = positions[from]!;
      const end = positions[from + needle.length - 1]! + 1;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
      found.push({ name, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text without quotes, with the index in `text` of every kept character. */
function compactText(text: string): { compact: string; positions: number[] } {
  const chars: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (QUOTE_CHAR.test(ch)) continue;
    chars.push(ch);
    positions.push(i);
  }
  return { compact: chars.join(""), positions };
}
