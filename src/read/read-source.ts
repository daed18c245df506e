import { open, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { ReadError, SourceDocument, SourceFormat } from "../domain/index.ts";
import { decodeText } from "./decode-text.ts";
import { DOC_ADVICE, formatOfPath, legacyFormatOf, sniffFormat, SUPPORTED_EXTENSIONS } from "./formats.ts";
import { failure, readError, type FormatFailure, type FormatOutcome } from "./outcome.ts";
import { readPdf } from "./read-pdf.ts";

export interface ReadOptions {
  /** Largest file accepted, in bytes (the CLI passes GOVKG_MAX_FILE_MB); defaults to 50 MB. */
  readonly maxFileBytes?: number;
  /** Where `-` reads from; defaults to the process's standard input. */
  readonly stdin?: Readable;
}

const MB = 1024 * 1024;

const DEFAULT_MAX_MB = 50;

const maxBytes = (options: ReadOptions): number => options.maxFileBytes ?? DEFAULT_MAX_MB * MB;

const formatSize = (bytes: number): string => (bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${bytes} bytes`);

const describeCap = (bytes: number): string => `${formatSize(bytes)} (GOVKG_MAX_FILE_MB)`;

function tooLarge(size: number, cap: number): FormatFailure {
  return failure("file_too_large", `is ${formatSize(size)}, above the cap of ${describeCap(cap)}`);
}

/** Parses bytes that are already in memory (stdin, uploads, files) under the same cap as files. */
export async function readBytes(
  source: string,
  bytes: Buffer,
  format: SourceFormat,
  options: ReadOptions = {},
): Promise<SourceDocument | ReadError> {
  const cap = maxBytes(options);
  const outcome = bytes.length > cap ? tooLarge(bytes.length, cap) : await parseFormat(bytes, format);
  if (!outcome.ok) return readError(source, outcome.code, outcome.reason);
  if (outcome.text.trim() === "") return readError(source, "empty_file", "holds no text, only white space");
  return { source, format, encoding: outcome.encoding, text: outcome.text };
}

async function parseFormat(bytes: Buffer, format: SourceFormat): Promise<FormatOutcome> {
  if (bytes.length === 0) return failure("empty_file", "is empty (0 bytes)");
  switch (format) {
    case "txt":
      return decodeText(bytes);
    // The HTML and Word readers (and their parsers) load only when such a file comes:
    // most runs read text files, and every start would otherwise pay for them.
    case "html":
      return (await import("./read-html.ts")).readHtml(bytes);
    case "docx":
      return (await import("./read-docx.ts")).readDocx(bytes);
    case "pdf":
      return readPdf(bytes);
  }
}

/** Reads a stream but stops as soon as it passes the cap, so a huge pipe costs no memory. */
async function readCapped(stream: Readable, cap: number): Promise<Buffer | FormatFailure> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const piece = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += piece.length;
    if (size > cap) {
      stream.destroy();
      return failure("file_too_large", `exceeds the cap of ${describeCap(cap)}`);
    }
    chunks.push(piece);
  }
  return Buffer.concat(chunks);
}

async function readStdin(options: ReadOptions): Promise<SourceDocument | ReadError> {
  const bytes = await readCapped(options.stdin ?? process.stdin, maxBytes(options));
  if (!Buffer.isBuffer(bytes)) return readError("-", bytes.code, bytes.reason);
  return readBytes("-", bytes, sniffFormat(bytes), options);
}

async function readFileCapped(path: string, size: number): Promise<Buffer> {
  // Reading through one handle keeps a file that grows after stat from slipping past the cap.
  const handle = await open(path, "r");
  try {
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function openFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot be opened: permission denied";
    default:
      return `cannot be opened: ${error.code ?? error.message}`;
  }
}

/**
 * Reads one file (or `-` for standard input) into text, or says why it cannot: every
 * failure is a ReadError whose message names the file and the reason.
 */
export async function readSource(path: string, options: ReadOptions = {}): Promise<SourceDocument | ReadError> {
  if (path === "-") return readStdin(options);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return readError(path, "unreadable_file", "is not a regular file");
    size = info.size;
  } catch (error) {
    return readError(path, "unreadable_file", openFailure(error as NodeJS.ErrnoException));
  }
  const format = formatOfPath(path);
  const legacy = legacyFormatOf(path);
  if (format === null && legacy !== null) {
    return readError(path, "unsupported_format", `is ${legacy}, which GovKG does not read; ${DOC_ADVICE}`);
  }
  if (format === null) {
    return readError(path, "unsupported_format", `has an unsupported extension; readable formats are ${SUPPORTED_EXTENSIONS.join(" ")}`);
  }
  const cap = maxBytes(options);
  if (size > cap) {
    const outcome = tooLarge(size, cap);
    return readError(path, outcome.code, outcome.reason);
  }
  let bytes: Buffer;
  try {
    bytes = await readFileCapped(path, size);
  } catch (error) {
    return readError(path, "unreadable_file", `cannot be read: ${(error as Error).message}`);
  }
  return readBytes(path, bytes, format, options);
}
