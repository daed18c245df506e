import mammoth from "mammoth";
import { failure, success, type FormatOutcome } from "./outcome.ts";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .doc, or a .docx that Word encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Encrypted OOXML keeps its package in a stream named this (UTF-16LE in the directory). */
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function oleReason(bytes: Buffer): string {
  return bytes.includes(ENCRYPTION_STREAM)
    ? "is password-protected (an encrypted Office document); save a copy without a password"
    : "is an OLE compound file, i.e. a Word 97-2003 .doc or an encrypted document, not a .docx; save it as .docx";
}

/** Raw text of a Word document, one paragraph per line. */
export async function readDocx(bytes: Buffer): Promise<FormatOutcome> {
  if (startsWith(bytes, OLE_SIGNATURE)) return failure("unreadable_file", oleReason(bytes));
  if (!startsWith(bytes, ZIP_SIGNATURE)) return failure("unreadable_file", "is not a .docx package (no ZIP signature)");
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    return failure("unreadable_file", `is damaged or truncated: ${(error as Error).message}`);
  }
  // mammoth ends every paragraph with a blank line; one break per paragraph is what the
  // structure stage expects from every format.
  const text = raw.replace(/\n\n/g, "\n").replace(/\s+$/, "");
  return success(text, null);
}
