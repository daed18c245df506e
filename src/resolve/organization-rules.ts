import { traceStep, type Traced } from "./trace.ts";

const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|股份公司)$/u;

/**
 * Canonical name of a company or institution: the legal form is dropped (`…集团有限公司`
 * and `…集团` are one group), a company keeps the word 公司 so it still reads as one.
 */
export function canonicalOrganization(traced: Traced): Traced {
  const match = LEGAL_FORM.exec(traced.value);
  if (!match) return traced;
  const rest = traced.value.slice(0, match.index);
  if (rest.length < 2) return traced;
  const value = /(?:集团|公司)$/u.test(rest) ? rest : `${rest}公司`;
  return traceStep(traced, value, "suffix-stripped", 0.9);
}
