import type { ReportMeta, Section, SectionRole } from "./report.ts";

export type SourceFormat = "txt" | "docx" | "pdf" | "html";

/** A file (or stdin) decoded to text: the read stage's output. */
export interface SourceDocument {
  readonly source: string;
  readonly format: SourceFormat;
  /** Encoding detected for text files ("utf-8", "gb18030", "utf-16le", …); null for binary formats. */
  readonly encoding: string | null;
  /** The decoded text. Every offset GovKG reports points into this string. */
  readonly text: string;
}

/**
 * Text after normalisation (full-width digits and punctuation folded, breaks inside
 * numbers removed) with a map back to the original: `toOriginal[i]` is the index in
 * the original text of normalised character i; `toOriginal[text.length]` is the
 * original length, so an end offset maps too.
 */
export interface NormalizedText {
  readonly text: string;
  readonly original: string;
  readonly toOriginal: Int32Array;
}

/** A sentence or clause of a report, in normalised-text coordinates. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sectionId: string | null;
  readonly role: SectionRole;
}

/**
 * One report found in a document, ready for the extractors. `start`/`end`, and those of
 * its sentences, are normalised-text coordinates in `doc`; sections are already mapped
 * to the original text.
 */
export interface StructuredReport {
  readonly id: string;
  readonly source: string;
  readonly index: number;
  readonly doc: NormalizedText;
  readonly start: number;
  readonly end: number;
  readonly meta: ReportMeta;
  readonly sections: readonly Section[];
  readonly sentences: readonly Sentence[];
}
