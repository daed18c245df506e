import { createHash } from "node:crypto";
import { canonicalDepartment } from "./department-rules.ts";
import { canonicalIndicator } from "./indicator-rules.ts";
import { normalizeName } from "./normalize.ts";
import { canonicalOrganization } from "./organization-rules.ts";
import { isPlaceholderName } from "./placeholder.ts";
import { problemConcept } from "./problem-concepts.ts";
import { problemSignature } from "./problem-signature.ts";
import { canonicalProject, isGenericProject } from "./project-rules.ts";
import { NATIONAL_SCOPE } from "./scope.ts";
import { roundScore, ruleOf, traceStart, type Traced } from "./trace.ts";
import { NO_USER_ALIASES, UnionFind, type UserAliases } from "./user-aliases.ts";

/** Bumped whenever a rule changes, so reports resolved under old rules are rewritten. */
export const RESOLVER_VERSION = 9;

export type NamedKind = "project" | "department" | "organization" | "indicator";

/** Where one mention lands: the node key, its canonical name and why. */
export interface Resolution {
  readonly key: string;
  readonly canonical: string;
  /** Issuer key, `national`, or `global` for organisations. */
  readonly scope: string;
  readonly rule: string;
  readonly score: number;
}

export interface Resolver {
  /** Null for names that are placeholders or nothing at all. */
  readonly resolve: (kind: NamedKind, name: string, reportScope: string) => Resolution | null;
  /** A known recurring difficulty keys by its concept (and the concept's theme), anything else by its signature. */
  readonly problem: (text: string, theme: string, reportScope: string) => ProblemResolution | null;
  /** Rules version plus user aliases: a report resolved under another fingerprint is stale. */
  readonly fingerprint: string;
}

/** A problem's resolution also settles its theme. */
export interface ProblemResolution extends Resolution {
  readonly theme: string;
}

export const GLOBAL_SCOPE = "global";

interface Automatic {
  readonly traced: Traced;
  readonly scope: string;
}

type Canonicalizer = (traced: Traced, reportScope: string) => Automatic;

const canonicalizers = {
  project: (traced, reportScope) => {
    const { traced: canonical, national } = canonicalProject(traced);
    return { traced: canonical, scope: national ? NATIONAL_SCOPE : reportScope };
  },
  department: (traced, reportScope) => {
    const { traced: canonical, national } = canonicalDepartment(traced, reportScope);
    return { traced: canonical, scope: national ? NATIONAL_SCOPE : reportScope };
  },
  organization: (traced) => ({ traced: canonicalOrganization(traced), scope: GLOBAL_SCOPE }),
  indicator: (traced, reportScope) => ({ traced: canonicalIndicator(traced), scope: reportScope }),
} satisfies Record<NamedKind, Canonicalizer>;

const keyOf = (scope: string, canonical: string): string => (scope === GLOBAL_SCOPE ? canonical : `${scope}|${canonical}`);

/** Builds the resolver for one run. Pure: same aliases, same names → same keys. */
export function createResolver(aliases: UserAliases = NO_USER_ALIASES): Resolver {
  const groups = new UnionFind();
  for (const group of aliases.merge) for (const name of group.slice(1)) groups.union(normalizeName(group[0]!), normalizeName(name));
  const groupMembers = groups.members();
  const forbidden = new Map<string, string[]>();
  for (const [a, b] of aliases.forbid) {
    const [na, nb] = [normalizeName(a), normalizeName(b)];
    forbidden.set(na, [...(forbidden.get(na) ?? []), nb]);
    forbidden.set(nb, [...(forbidden.get(nb) ?? []), na]);
  }
  const cache = new Map<string, Resolution | null>();

  const automatic = (kind: NamedKind, name: string, reportScope: string): Automatic =>
    canonicalizers[kind](traceStart(name), reportScope);

  // A user group also catches spellings of its members (`姑苏软件园项目` for `姑苏软件园`).
  const userGroupOf = (kind: NamedKind, normalized: string, auto: Automatic, reportScope: string): string[] | undefined => {
    const direct = groupMembers.get(groups.find(normalized));
    if (direct) return direct;
    for (const members of groupMembers.values()) {
      if (members.some((member) => automatic(kind, member, reportScope).traced.value === auto.traced.value)) return members;
    }
    return undefined;
  };

  const finish = (scope: string, traced: Traced): Resolution => ({
    key: keyOf(scope, traced.value),
    canonical: traced.value,
    scope,
    rule: ruleOf(traced),
    score: roundScore(traced.score),
  });

  const compute = (kind: NamedKind, name: string, reportScope: string): Resolution | null => {
    const normalized = normalizeName(name);
    if (isPlaceholderName(normalized)) return null;
    if (kind === "project" && isGenericProject(normalized)) return null;
    const auto = automatic(kind, normalized, reportScope);
    const members = userGroupOf(kind, normalized, auto, reportScope);
    if (members) {
      const resolved = members.map((member) => automatic(kind, member, reportScope));
      const canonical = resolved.map((r) => r.traced.value).sort()[0]!;
      const scope = resolved.some((r) => r.scope === NATIONAL_SCOPE) ? NATIONAL_SCOPE : auto.scope;
      return { key: keyOf(scope, canonical), canonical, scope, rule: `user-alias:${canonical}`, score: 1 };
    }
    const clash = (forbidden.get(normalized) ?? []).some((other) => {
      const theirs = automatic(kind, other, reportScope);
      return theirs.traced.value === auto.traced.value && theirs.scope === auto.scope;
    });
    if (clash) return { ...finish(auto.scope, traceStart(normalized)), rule: "user-forbid:kept-apart" };
    return finish(auto.scope, auto.traced);
  };

  const resolve = (kind: NamedKind, name: string, reportScope: string): Resolution | null => {
    const cacheKey = `${kind}\u0000${reportScope}\u0000${name}`;
    if (!cache.has(cacheKey)) cache.set(cacheKey, compute(kind, name, reportScope));
    return cache.get(cacheKey) ?? null;
  };

  const problem = (text: string, theme: string, reportScope: string): ProblemResolution | null => {
    if (isPlaceholderName(text)) return null;
    const known = problemConcept(normalizeName(text));
    if (known) {
      return { key: `${reportScope}|${known.theme}|${known.concept}`, canonical: known.concept, scope: reportScope, rule: `concept:${known.concept}`, score: 0.7, theme: known.theme };
    }
    const signature = problemSignature(text);
    if (signature.length < 2) return null;
    const verbatim = normalizeName(text).replace(/[^\p{L}\p{N}]/gu, "") === signature;
    return {
      key: `${reportScope}|${theme}|${signature}`,
      canonical: signature,
      scope: reportScope,
      rule: verbatim ? "exact" : "signature",
      score: verbatim ? 1 : 0.8,
      theme,
    };
  };

  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ version: RESOLVER_VERSION, merge: [...groupMembers.values()].map((m) => [...m].sort()).sort(), forbid: [...forbidden.entries()].sort() }))
    .digest("hex")
    .slice(0, 16);

  return { resolve, problem, fingerprint };
}
