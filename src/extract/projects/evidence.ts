import type { Evidence, Sentence, StructuredReport } from "../../domain/index.ts";
import { originalSpan } from "../../read/index.ts";

/** The sentence as it stands in the source file, so a reader can find it there. */
export function sentenceEvidence(report: StructuredReport, sentence: Sentence): Evidence {
  const span = originalSpan(report.doc, sentence.start, sentence.end);
  return { text: report.doc.original.slice(span.start, span.end), start: span.start, end: span.end };
}
