import mammoth from "mammoth";
import { listLabels } from "./docx-numbering.ts";
import { DOC_ADVICE } from "./formats.ts";
import { failure, success, type FormatOutcome } from "./outcome.ts";
import { zipEntries } from "./zip-entries.ts";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .doc, or a .docx that Word encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Encrypted OOXML keeps its package in a stream named this (UTF-16LE in the directory). */
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");
/** Unpacked size allowed for one package part; a report's document.xml is a few MB at most. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function oleReason(bytes: Buffer): string {
  return bytes.includes(ENCRYPTION_STREAM)
    ? "is password-protected (an encrypted Office document); save a copy without a password"
    : `is an OLE compound file, i.e. a Word 97-2003 .doc or an encrypted document, not a .docx; ${DOC_ADVICE}`;
}

/** The parts of mammoth's document model the text needs. */
interface DocElement {
  readonly type: string;
  readonly value?: string;
  readonly children?: readonly DocElement[];
  readonly numbering?: object | null;
}

/**
 * mammoth's raw text (a paragraph's text and a blank line; tabs kept), with each list
 * paragraph's number in front when the numbers are known for every list paragraph.
 */
function rawText(document: DocElement, labels: readonly (string | null)[]): string {
  const listParagraphs = (element: DocElement): number =>
    (element.type === "paragraph" && element.numbering ? 1 : 0) + (element.children ?? []).reduce((sum, child) => sum + listParagraphs(child), 0);
  // Numbers are placed by order, so they are only trusted when both sides count the same paragraphs.
  const numbered = listParagraphs(document) === labels.length;
  let next = 0;
  const walk = (element: DocElement): string => {
    if (element.type === "text") return element.value ?? "";
    if (element.type === "tab") return "\t";
    const label = element.type === "paragraph" && element.numbering ? labels[next++] : null;
    const inner = (element.children ?? []).map(walk).join("");
    return element.type === "paragraph" ? `${numbered ? (label ?? "") : ""}${inner}\n\n` : inner;
  };
  return walk(document);
}

/** Text of a Word document, one paragraph per line, automatic list numbers written out. */
export async function readDocx(bytes: Buffer): Promise<FormatOutcome> {
  if (startsWith(bytes, OLE_SIGNATURE)) return failure("unreadable_file", oleReason(bytes));
  if (!startsWith(bytes, ZIP_SIGNATURE)) return failure("unreadable_file", "is not a .docx package (no ZIP signature)");
  const parts = zipEntries(bytes, ["word/document.xml", "word/numbering.xml"], MAX_PART_BYTES);
  const numbering = parts.get("word/numbering.xml");
  const documentXml = parts.get("word/document.xml");
  const labels = numbering && documentXml ? listLabels(documentXml, numbering) : [];
  let raw = "";
  try {
    // mammoth hands its document model to transformDocument only on the way to HTML;
    // the HTML is not needed, so an empty body goes on to be converted.
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        transformDocument: (document: DocElement) => {
          raw = rawText(document, labels);
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    return failure("unreadable_file", `is damaged or truncated: ${(error as Error).message}`);
  }
  // mammoth ends every paragraph with a blank line; one break per paragraph is what the
  // structure stage expects from every format.
  const text = raw.replace(/\n\n/g, "\n").replace(/\s+$/, "");
  return success(text, null);
}
