/** A name on its way to its canonical form, with every rule that changed it. */
export interface Traced {
  readonly value: string;
  readonly rules: readonly string[];
  readonly score: number;
}

export const traceStart = (value: string): Traced => ({ value, rules: [], score: 1 });

/** Records one rule; a rule that changes nothing leaves no trace. */
export function traceStep(traced: Traced, value: string, rule: string, score: number): Traced {
  if (value === traced.value) return traced;
  return { value, rules: [...traced.rules, rule], score: traced.score * score };
}

/** `exact` when no rule fired, else the rules in the order they fired, joined by `+`. */
export function ruleOf(traced: Traced): string {
  return traced.rules.length === 0 ? "exact" : traced.rules.join("+");
}

export const roundScore = (score: number): number => Math.round(score * 1000) / 1000;

/** Applies `[long, short]` phrase pairs, recording `alias:<result>` once if any fired. */
export function applyAbbreviations(traced: Traced, pairs: ReadonlyArray<readonly [string, string]>, score: number): Traced {
  let value = traced.value;
  for (const [long, short] of pairs) if (value.includes(long)) value = value.split(long).join(short);
  return traceStep(traced, value, `alias:${value}`, score);
}
