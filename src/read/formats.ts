import { extname } from "node:path";
import type { SourceFormat } from "../domain/index.ts";

const BY_EXTENSION: Record<string, SourceFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "txt",
  ".markdown": "txt",
  ".docx": "docx",
  ".pdf": "pdf",
  ".html": "html",
  ".htm": "html",
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/**
 * Word processors' binary formats GovKG refuses with advice rather than reads: the
 * converters that read them well are large programs, and a conversion is one command.
 */
const LEGACY: Record<string, string> = {
  ".doc": "a Word 97-2003 .doc",
  ".wps": "a WPS Writer .wps",
};

/** How to turn a legacy Word file into one GovKG reads. */
export const DOC_ADVICE = "save it as .docx in Word or WPS, or convert it with `soffice --headless --convert-to docx FILE`";

/** What a legacy word-processor file is, or null when the name promises no such format. */
export function legacyFormatOf(path: string): string | null {
  return LEGACY[extname(path).toLowerCase()] ?? null;
}

/** The format a file name promises, or null when GovKG has no reader for it. */
export function formatOfPath(path: string): SourceFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Standard input has no name, so its format is read from its first bytes. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) return "docx";
  if (/^(\ufeff|\xef\xbb\xbf)?\s*<(!doctype html|html[\s>])/i.test(head)) return "html";
  return "txt";
}
