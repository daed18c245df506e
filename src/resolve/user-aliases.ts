import { z } from "zod";
import { normalizeName } from "./normalize.ts";

const NameSchema = z.string().trim().min(1);

/**
 * `aliases.json`: names the user says are one thing (`merge`, groups of two or more) and
 * pairs the automatic rules must keep apart (`forbid`).
 */
export const UserAliasesSchema = z
  .object({
    merge: z.array(z.array(NameSchema).min(2)).default([]),
    forbid: z.array(z.tuple([NameSchema, NameSchema])).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    const merged = new UnionFind();
    for (const group of value.merge) for (const name of group.slice(1)) merged.union(normalizeName(group[0]!), normalizeName(name));
    value.forbid.forEach(([a, b], index) => {
      if (merged.find(normalizeName(a)) === merged.find(normalizeName(b))) {
        ctx.addIssue({ code: "custom", path: ["forbid", index], message: `"${a}" and "${b}" are both merged and forbidden` });
      }
    });
  });
export type UserAliases = z.infer<typeof UserAliasesSchema>;
export type UserAliasesInput = z.input<typeof UserAliasesSchema>;

export const NO_USER_ALIASES: UserAliases = { merge: [], forbid: [] };

/** Union–find whose representative is the smallest name, so groups do not depend on order. */
export class UnionFind {
  readonly #parent = new Map<string, string>();

  find(name: string): string {
    let root = name;
    while (this.#parent.has(root) && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [small, large] = ra < rb ? [ra, rb] : [rb, ra];
    this.#parent.set(small, small);
    this.#parent.set(large, small);
  }

  members(): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const name of this.#parent.keys()) {
      const root = this.find(name);
      groups.set(root, [...(groups.get(root) ?? []), name]);
    }
    return groups;
  }
}
