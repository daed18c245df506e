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
