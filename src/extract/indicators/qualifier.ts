import type { Indicator } from "../../domain/index.ts";

type Qualifier = NonNullable<Indicator["qualifier"]>;

const BEFORE: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?:不超过|不高于|不到|不足|低于)$/, "under"],
  [/(?:接近|将近|近)$/, "nearly"],
  [/(?:大约|约)$/, "about"],
  [/(?:超过|超出|突破|高于|逾|超|过)$/, "over"],
];

const AFTER: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:以内|以下|之内)/, "under"],
  [/^左右/, "about"],
  [/^(?:以上|多)/, "over"],
];

/**
 * How the value is hedged, from the words right before the number (`近`, `超过`) and
 * right after its unit (`左右`, `以上`); `620多万套` says "over" through `approx`.
 */
export function qualifierOf(before: string, after: string, approx: boolean): Qualifier | null {
  for (const [pattern, qualifier] of AFTER) if (pattern.test(after)) return qualifier;
  for (const [pattern, qualifier] of BEFORE) if (pattern.test(before)) return qualifier;
  return approx ? "over" : null;
}
