import { z } from "zod";
import { readDataTable } from "../domain/index.ts";
import { tagWords } from "../extract/shared/index.ts";
import { NATIONAL_SCOPE, normalizeName } from "../resolve/index.ts";
import type { ConfirmedName } from "./confirmed-name.ts";
import { NOT_PLACES } from "./places.ts";
import { writtenForms } from "./variants.ts";

/**
 * Two nodes of one scope that are one undertaking named two ways: a report that names
 * `from` mentions `to` too, with the sentences it names `from` in. `to` is the first
 * key of the group in code-point order, so the choice does not depend on arrival order.
 */
export interface KeyAlias {
  readonly from: string;
  readonly to: string;
  /** The spellings `from` was confirmed under. */
  readonly names: readonly string[];
}

const FamilyLineSchema = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]);

/** `data/class-families.tsv`: class words with their family, longest first. */
const FAMILIES: ReadonlyArray<readonly [string, string]> = readDataTable(
  new URL("./data/class-families.tsv", import.meta.url),
  FamilyLineSchema,
  '"word<TAB>family<TAB>reason"',
)
  .map(({ row: [word, family] }) => [word, family] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** Tags of the place abbreviations a line is named by (`雄忻`/x, `京沪`/j, `成渝`/nr). */
const ABBREVIATION_TAG = /^(?:x|j|ns|nr|nrt|nz)$/u;
const CORE = /^[\u4e00-\u9fff]{2,6}$/u;

/**
 * `雄忻高铁` → `rail 雄忻`: the family of the class word a line's name ends in, and the
 * place-abbreviation core before it; undefined when the core is not such a name
 * (`城市快速路`: `城市` names no one place).
 */
function lineOf(spelling: string): string | undefined {
  const family = FAMILIES.find(([word]) => spelling.endsWith(word));
  if (!family) return undefined;
  const core = spelling.slice(0, -family[0].length);
  if (!CORE.test(core) || NOT_PLACES.has(core) || FAMILIES.some(([word]) => core.includes(word))) return undefined;
  if (!tagWords(core).every(({ tag }) => ABBREVIATION_TAG.test(tag))) return undefined;
  return `${family[1]} ${core}`;
}

/** The one quoted part of a raw name, and the two characters that end the name after it. */
function quotedCore(raw: string): string | undefined {
  const parts = [...raw.matchAll(/“([^“”]+)”/gu)];
  if (parts.length !== 1) return undefined;
  const [part] = parts;
  const after = normalizeName(raw.slice(part!.index + part![0].length));
  const inner = normalizeName(part![1]!);
  if (inner.length < 2 || after.length < 2) return undefined;
  return `${inner} ${after.slice(-2)}`;
}

class Groups {
  readonly #parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (this.#parent.get(root) !== undefined && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    // The smaller key is the root, so every group is named by its first key.
    if (ra < rb) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
  }
}

/**
 * Nodes of one scope that name one undertaking: a line named with the same
 * place-abbreviation core and a class word of the same family (`雄忻高铁` / `雄忻铁路`;
 * not in the national scope, whose decades hold an old line and a new high-speed one
 * between the same two cities), and names built around the same quoted core that end in
 * the same class word (`专项债券“自审自发”改革试点` / `专项债券项目“自审自发”试点`).
 * Two lines or names that differ in a numeral or a phase have different cores.
 */
export function keyAliases(confirmed: readonly ConfirmedName[], scope: string): KeyAlias[] {
  const byMark = new Map<string, Set<string>>();
  const spellings = new Map<string, Set<string>>();
  const mark = (text: string, key: string): void => {
    byMark.set(text, (byMark.get(text) ?? new Set()).add(key));
  };
  for (const { name, key, sentences } of confirmed) {
    const spelling = normalizeName(name);
    spellings.set(key, (spellings.get(key) ?? new Set()).add(spelling));
    const line = scope === NATIONAL_SCOPE ? undefined : lineOf(spelling);
    if (line !== undefined) mark(`line ${line}`, key);
    for (const written of writtenForms(spelling, sentences ?? [])) {
      const quoted = quotedCore(written);
      if (quoted !== undefined) mark(`quoted ${quoted}`, key);
    }
  }
  const groups = new Groups();
  for (const keys of byMark.values()) {
    const [first, ...rest] = [...keys].sort();
    for (const key of rest) groups.union(first!, key);
  }
  const aliases: KeyAlias[] = [];
  for (const [key, names] of [...spellings.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const to = groups.find(key);
    if (to !== key) aliases.push({ from: key, to, names: [...names].sort() });
  }
  return aliases;
}
