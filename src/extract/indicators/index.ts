import type { Diagnostic, Indicator, Sentence, StructuredReport } from "../../domain/index.ts";
import { normalizeAmount } from "../shared/index.ts";
import { findPlaceholderAmounts, originalSpan, sourceEvidence } from "../../text/index.ts";
import type { Extractor } from "../types.ts";
import { projectNameIn } from "./project-name.ts";
import { qualifierOf } from "./qualifier.ts";
import { sentenceQuantities, type Quantity } from "./sentence-quantities.ts";
import { periodYearOf, statusOf } from "./status.ts";

export type { Quantity } from "./sentence-quantities.ts";

function toIndicator(report: StructuredReport, sentence: Sentence, q: Quantity, evidence: Indicator["evidence"]): Indicator {
  const { mention } = q;
  const { normalizedValue, baseUnit } = normalizeAmount(q.value, mention.unit);
  return {
    name: q.name,
    value: q.value,
    unit: mention.unit,
    normalizedValue,
    baseUnit,
    upper: q.upper,
    change: q.change,
    changeUnit: q.changeUnit,
    status: statusOf(q.context, sentence.role),
    qualifier: qualifierOf(q.before.slice(-4), mention.after, mention.approx),
    periodYear: periodYearOf(q.before, sentence.role, report.meta),
    project: projectNameIn(q.before),
    sectionRole: sentence.role,
    evidence,
  };
}

function placeholderDiagnostics(report: StructuredReport, sentence: Sentence): Diagnostic[] {
  return findPlaceholderAmounts(sentence.text).map((found) => {
    const span = originalSpan(report.doc, sentence.start + found.start, sentence.start + found.end);
    return {
      code: "placeholder_value" as const,
      message: `amount without a number: ${found.text}`,
      source: report.source,
      start: span.start,
      end: span.end,
    };
  });
}

/**
 * Sentences as the extractor reads them: long sentences cut at a comma are joined
 * again (an amount and its growth rate may sit on both sides of the cut), and a
 * decimal point typed as `。` (`12。1861亿元`) no longer splits a number in two.
 */
/** A paragraph with commas only must not become one huge sentence again. */
const MAX_JOINED = 1000;

function readableSentences(report: StructuredReport): Sentence[] {
  const out: Sentence[] = [];
  for (const next of report.sentences) {
    if (next.text.trim() === "") continue;
    const cur = out[out.length - 1];
    const adjacent = cur !== undefined && report.doc.text.slice(cur.end, next.start).trim() === "";
    if (cur && adjacent && /[，,]$/.test(cur.text) && next.end - cur.start <= MAX_JOINED) {
      out[out.length - 1] = { ...cur, end: next.end, text: report.doc.text.slice(cur.start, next.end) };
    } else if (cur && adjacent && /\d。$/.test(cur.text) && /^\d+(?:万|亿)?[\u4e00-\u9fff%]/.test(next.text)) {
      out[out.length - 1] = { ...cur, end: next.end, text: `${cur.text.slice(0, -1)}.${next.text}` };
    } else {
      out.push(next);
    }
  }
  return out;
}

/**
 * Quantities the report states about its area or its own work (GUIDELINES "Indicators"):
 * rule-based over sentence text, deterministic and offline.
 */
export const extractIndicators: Extractor<Indicator> = (report) => {
  const records: Indicator[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sentence of readableSentences(report)) {
    diagnostics.push(...placeholderDiagnostics(report, sentence));
    const quantities = sentenceQuantities(sentence.text);
    if (quantities.length === 0) continue;
    const evidence = sourceEvidence(report.doc, sentence);
    const seen = new Set<string>();
    for (const q of quantities) {
      const key = `${q.name}|${q.value}|${q.mention.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      records.push(toIndicator(report, sentence, q, evidence));
    }
  }
  return { records, diagnostics };
};
