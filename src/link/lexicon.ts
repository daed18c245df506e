import { createHash } from "node:crypto";
import { tagWords } from "../extract/shared/index.ts";
import { isPlaceholderName, normalizeName, type Resolver } from "../resolve/index.ts";
import { keyAliases, type KeyAlias } from "./aliases.ts";
import type { ConfirmedName } from "./confirmed-name.ts";
import { NOT_PLACES } from "./places.ts";
import { quotedTerm, tailCores, writtenForms } from "./variants.ts";

/** A string searched for in every report of the scope, and the node a match links to. */
export interface LexiconTerm {
  readonly text: string;
  readonly key: string;
  /** Found only where a report writes it in quotes (`“双一流”`). */
  readonly quoted?: boolean;
}

export interface Lexicon {
  readonly terms: readonly LexiconTerm[];
  /** Nodes that are one undertaking with another: a report naming `from` mentions `to` too. */
  readonly aliases: readonly KeyAlias[];
  /** Fingerprint of the terms and aliases: a report linked against it needs no relinking. */
  readonly hash: string;
}

// Shorter strings are ordinary words too often (`希望`, `探月`, `三峡`): only the
// confirmed spelling with its class word (`希望工程`) is searched for then.
const MIN_TERM_LENGTH = 4;
// A place and one more character already say which one (`三江源`).
const MIN_PLACE_TERM_LENGTH = 3;
// A name without its leading place must still say which work it is.
const MIN_PLACELESS_LENGTH = 6;

const lengthOf = (text: string): number => [...text.replace(/[^\p{L}\p{N}+]/gu, "")].length;


/** `北京正负电子对撞机` → `正负电子对撞机`: the name once a leading place (jieba's ns tag) is taken off. */
function withoutLeadingPlace(name: string): string | undefined {
  const [first] = tagWords(name);
  if (!first || !first.tag.startsWith("ns") || first.word.length < 2 || NOT_PLACES.has(first.word)) return undefined;
  return name.slice(first.word.length);
}

/** `三江源`: a term that opens with a place name (two characters or more, one place). */
function opensWithPlace(text: string): boolean {
  const [first] = tagWords(text);
  return first !== undefined && first.tag === "ns" && first.word.length >= 2 && first.word.length < text.length && !NOT_PLACES.has(first.word);
}

type Strength = 0 | 1;

/**
 * A core left when a class word comes off is searched for only if it still reads as a
 * name: not a single common word of jieba's dictionary (`交通运输` from `交通运输建设项目`,
 * `技术创新` from `技术创新工程`: a field, not one undertaking), and not opening with
 * a verb or an adverb (`严格执行` from `严格执行建设项目`, `努力提高` from a fused verb).
 */
function coreReadsAsName(core: string, spelling: string): boolean {
  const words = tagWords(core);
  const first = words[0];
  if (first === undefined) return false;
  // A single word of the dictionary is a field (`交通运输`), unless it names a place or a body (`南京机场`).
  if (words.length === 1) return PROPER_NAME_TAG.test(first.tag);
  // A struggle is named by what it fights (`扫黑除恶` of `扫黑除恶斗争`): its core must open
  // with that verb, while a struggle named by a cause (`民族独立斗争`) keeps its class word.
  if (STRUGGLE.test(spelling)) return words.every((word) => word.tag === "v");
  return !/^(?:v|vd|ad|d)$/u.test(first.tag);
}

const PROPER_NAME_TAG = /^(?:ns|nt|nz)$/u;
const STRUGGLE = /斗争$/u;

/**
 * The search terms of one scope. Strong terms: every confirmed spelling, and the
 * canonical core it resolved to (`农家书屋工程` → `农家书屋`), when resolving them again
 * lands on the same node; the quoted name of a programme (`“保交房”攻坚战` → `保交房`),
 * found only in quotes. Weak terms: a spelling without its leading place, which a later
 * report may drop (`正负电子对撞机`), and a long core without its class or designation
 * word (`新技术新产品新场景大规模应用示范`). A strong claim beats a weak one; a term two
 * nodes claim with equal strength is dropped, since it cannot say which one a report meant.
 * Nodes that {@link keyAliases} finds to be one undertaking claim as the first of them.
 */
export function buildLexicon(confirmed: readonly ConfirmedName[], resolver: Resolver, scope: string): Lexicon {
  const aliases = keyAliases(confirmed, scope);
  const representative = new Map(aliases.map((alias) => [alias.from, alias.to]));
  const claims = new Map<string, Map<string, Strength>>();
  const claim = (text: string, ownKey: string, strength: Strength, quoted = false): void => {
    const minimum = quoted ? MIN_QUOTED_TERM_LENGTH : strength === 1 ? (opensWithPlace(text) ? MIN_PLACE_TERM_LENGTH : MIN_TERM_LENGTH) : MIN_PLACELESS_LENGTH;
    if (lengthOf(text) < minimum || isPlaceholderName(text)) return;
    const key = representative.get(ownKey) ?? ownKey;
    const claimed = quoted ? `${QUOTED_MARK}${text}` : text;
    const byKey = claims.get(claimed) ?? new Map<string, Strength>();
    byKey.set(key, Math.max(byKey.get(key) ?? 0, strength) as Strength);
    claims.set(claimed, byKey);
  };
  for (const { name, key, sentences } of confirmed) {
    const own = resolver.resolve("project", name, scope);
    if (own === null || own.key !== key) continue;
    const spelling = normalizeName(name);
    for (const candidate of new Set([spelling, own.canonical])) {
      if (candidate !== spelling && !coreReadsAsName(candidate, spelling)) continue;
      if (resolver.resolve("project", candidate, scope)?.key === key) claim(candidate, key, 1);
      const placeless = withoutLeadingPlace(candidate);
      if (placeless !== undefined && resolver.resolve("project", placeless, scope) !== null) claim(placeless, key, 0);
    }
    for (const core of tailCores(spelling)) if (coreReadsAsName(core, spelling)) claim(core, key, 0);
    for (const written of writtenForms(spelling, sentences ?? [])) {
      const quoted = quotedTerm(written);
      if (quoted !== undefined) claim(quoted, key, 1, true);
    }
  }
  const terms: LexiconTerm[] = [];
  for (const [claimed, byKey] of claims) {
    const strongest = Math.max(...byKey.values());
    const keys = [...byKey.entries()].filter(([, strength]) => strength === strongest).map(([key]) => key);
    if (keys.length !== 1) continue;
    terms.push(claimed.startsWith(QUOTED_MARK) ? { text: claimed.slice(QUOTED_MARK.length), key: keys[0]!, quoted: true } : { text: claimed, key: keys[0]! });
  }
  terms.push(...siblingTerms(terms.filter((term) => term.quoted !== true)));
  terms.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || Number(a.quoted ?? false) - Number(b.quoted ?? false));
  const hash = createHash("sha256").update(JSON.stringify({ terms, aliases })).digest("hex").slice(0, 16);
  return { terms, aliases, hash };
}

// Quoted terms are kept apart from the same text unquoted while claims are counted.
const QUOTED_MARK = "“";
// A quoted name says which programme it is with fewer characters (`双一流`).
const MIN_QUOTED_TERM_LENGTH = 3;

const MIN_SIBLING_LENGTH = 4;
const MIN_SIBLING_SHARE = 0.6;
const NUMERAL = /[0-9一二三四五六七八九十百千万两]/u;

/**
 * True when `short` is `long` with words left out inside (`南京机场三期` of
 * `南京禄口机场三期`, `大运河文化带` of `大运河文化旅游带`): the same start and end,
 * most of the characters, and nothing left out that counts (`1号线` is not `11号线`).
 */
function isShortening(short: string, long: string): boolean {
  if (short.length < MIN_SIBLING_LENGTH || short.length >= long.length || short.length < long.length * MIN_SIBLING_SHARE) return false;
  if (short.slice(0, 2) !== long.slice(0, 2) || short.at(-1) !== long.at(-1) || long.includes(short)) return false;
  let at = 0;
  let left = "";
  for (const char of long) {
    if (at < short.length && char === short[at]) at++;
    else left += char;
  }
  return at === short.length && !NUMERAL.test(left);
}

/** Words a designation is made with, which one year's report may swap for another. */
const DESIGNATION = /(?:试验区|示范区|先行区|试点)$/u;
const MIN_DESIGNATED_CORE = 6;

/**
 * True when the two name one undertaking under two designation words
 * (`知识产权金融生态综合试验区` / `…综合试点`); the first in code-point order stands for both.
 */
function isRedesignation(first: string, second: string): boolean {
  const a = DESIGNATION.exec(first);
  const b = DESIGNATION.exec(second);
  if (!a || !b || a[0] === b[0] || first >= second) return false;
  const core = first.slice(0, a.index);
  return core.length >= MIN_DESIGNATED_CORE && core === second.slice(0, b.index);
}

/**
 * A scope's report names a work in full one year and shortened the next: the longer
 * spelling, where another report writes it, is a mention of the node the shorter one
 * names too, when exactly one node's term shortens it that way and that term shortens
 * no other node's. Both nodes stay, each with its own spelling; the shorter one is
 * the one found across the years.
 */
function siblingTerms(terms: readonly LexiconTerm[]): LexiconTerm[] {
  // Both ways of naming one work keep its first two characters: only terms that share them are compared.
  const byHead = new Map<string, LexiconTerm[]>();
  for (const term of terms) byHead.set(term.text.slice(0, 2), [...(byHead.get(term.text.slice(0, 2)) ?? []), term]);
  const pairs: Array<[LexiconTerm, LexiconTerm]> = [];
  for (const group of byHead.values()) {
    for (const short of group) {
      for (const long of group) if (long.key !== short.key && (isShortening(short.text, long.text) || isRedesignation(short.text, long.text))) pairs.push([short, long]);
    }
  }
  const shortsOf = new Map<string, Set<string>>();
  const longsOf = new Map<string, Set<string>>();
  for (const [short, long] of pairs) {
    shortsOf.set(long.text, (shortsOf.get(long.text) ?? new Set()).add(short.key));
    longsOf.set(short.key, (longsOf.get(short.key) ?? new Set()).add(long.key));
  }
  const siblings = new Map<string, LexiconTerm>();
  for (const [short, long] of pairs) {
    if (shortsOf.get(long.text)?.size !== 1 || longsOf.get(short.key)?.size !== 1) continue;
    siblings.set(`${long.text}\u0000${short.key}`, { text: long.text, key: short.key });
  }
  return [...siblings.values()];
}

// An alias is stored beside the terms as its `from` key after a mark no text holds.
const ALIAS_MARK = "→";

/**
 * The lexicon as the scope stores it, one text and one key per entry: a quoted term in
 * its quotes (`“双一流”`), an alias as its `from` key after a mark. Entries that are not
 * plain Chinese text make a change relink every report of the scope.
 */
export function storedEntries(lexicon: Pick<Lexicon, "terms" | "aliases">): LexiconTerm[] {
  return [
    ...lexicon.terms.map(({ text, key, quoted }) => ({ text: quoted === true ? `“${text}”` : text, key })),
    ...lexicon.aliases.map(({ from, to }) => ({ text: `${ALIAS_MARK}${from}`, key: to })),
  ];
}

/** Term texts in one lexicon and not the other, or linked to another node: what a relink must look for. */
export function changedTerms(before: readonly LexiconTerm[], after: readonly LexiconTerm[]): string[] {
  const pairs = (terms: readonly LexiconTerm[]) => new Set(terms.map((t) => `${t.text}\u0000${t.key}`));
  const [a, b] = [pairs(before), pairs(after)];
  const changed = new Set<string>();
  for (const pair of a) if (!b.has(pair)) changed.add(pair.split("\u0000")[0]!);
  for (const pair of b) if (!a.has(pair)) changed.add(pair.split("\u0000")[0]!);
  return [...changed].sort();
}
