/** Where a known name occurs in a sentence. */
export interface Mention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const QUOTES = /[“”"‘’「」《》]/gu;

/** A name with the strings to look for, ready to be searched many times. */
export interface Needle {
  readonly name: string;
  readonly forms: readonly string[];
}

/**
 * Longest names first, so that `区住建委` is not also read as a shorter name inside it; a
 * name is also looked for without its quotes (`“银龄乐”养老工程` written `银龄乐养老工程`).
 */
export function prepareNeedles(names: readonly string[]): Needle[] {
  return [...new Set(names)]
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const bare = name.replace(QUOTES, "");
      return { name, forms: bare.length >= 2 && bare !== name ? [name, bare] : [name] };
    });
}

/** Every non-overlapping occurrence of the prepared names, in text order. */
export function findMentions(text: string, needles: readonly Needle[]): Mention[] {
  const taken = new Uint8Array(text.length);
  const found: Mention[] = [];
  for (const { name, forms } of needles) {
    for (const form of forms) {
      for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1)) {
        const end = start + form.length;
        if (taken[start] === 1 || taken[end - 1] === 1) continue;
        taken.fill(1, start, end);
        found.push({ name, start, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
