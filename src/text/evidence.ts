import type { Evidence, NormalizedText, Span } from "../domain/index.ts";
import { originalSpan } from "./normalize.ts";

/**
 * The stretch of normalised text `span` covers (a sentence, a clause), as it stands in
 * the source file, with its offsets there, so a reader can find it.
 */
export function sourceEvidence(doc: NormalizedText, span: Span): Evidence {
  const original = originalSpan(doc, span.start, span.end);
  return { text: doc.original.slice(original.start, original.end), start: original.start, end: original.end };
}
