import chardet from "chardet";
import iconv from "iconv-lite";
import { binaryVerdict, binaryVerdictOfText, mixedEncoding, scanGb18030 } from "./byte-checks.ts";
import { failure, success, type FormatOutcome } from "./outcome.ts";

/**
 * Below this share of GB2312 characters a GB18030 reading is mojibake, not Chinese. Every
 * report of the shared corpus, re-encoded, scores above 0.92; UTF-8 bytes score near 0.4.
 */
const MIN_GB2312_SHARE = 0.75;
/** Of the non-ASCII characters a Chinese text decodes to, at least this many are CJK. */
const MIN_CJK_SHARE = 0.8;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/** Decodes strictly: any malformed sequence makes the whole attempt fail. */
function strictDecode(bytes: Uint8Array, label: "utf-8" | "utf-16le" | "utf-16be"): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const isCjk = (code: number): boolean =>
  (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff00 && code <= 0xffef) || // full-width forms
  (code >= 0x2000 && code <= 0x206f) || // general punctuation: “”‘’—…
  (code >= 0x2160 && code <= 0x217f) || // Roman numerals used in lists: Ⅱ类
  (code >= 0x2460 && code <= 0x24ff) || // circled numbers ①
  (code >= 0x25a0 && code <= 0x25ff) || // geometric shapes ■ ●
  code === 0x00b7 ||
  code === 0x00d7;

function cjkShare(text: string): number {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (isCjk(code)) cjk++;
  }
  return nonAscii === 0 ? 1 : cjk / nonAscii;
}

/** GB18030 is accepted only when its structure, its character mix and its decoding all agree. */
function decodeGb18030(bytes: Uint8Array): string | null {
  const scan = scanGb18030(bytes);
  if (!scan.valid || scan.characters === 0 || scan.common / scan.characters < MIN_GB2312_SHARE) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  if (text.includes("\ufffd") || cjkShare(text) < MIN_CJK_SHARE) return null;
  return text;
}

function guessForMessage(bytes: Uint8Array): string {
  const best = chardet.analyse(bytes.subarray(0, 64 * 1024))[0];
  return best ? `; the closest statistical guess is ${best.name} at ${best.confidence}% confidence, too unsure to use` : "";
}

function decodeWithBom(bytes: Uint8Array): FormatOutcome | null {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return failure("unknown_encoding", "is UTF-32, which is not supported; save it as UTF-8");
  }
  const boms = [
    { prefix: [0xef, 0xbb, 0xbf], label: "utf-8" },
    { prefix: [0xff, 0xfe], label: "utf-16le" },
    { prefix: [0xfe, 0xff], label: "utf-16be" },
  ] as const;
  for (const { prefix, label } of boms) {
    if (!startsWith(bytes, prefix)) continue;
    const body = bytes.subarray(prefix.length);
    if (body.length === 0) return failure("empty_file", "holds only a byte-order mark");
    const text = strictDecode(body, label);
    if (text === null) {
      const mixed = label === "utf-8" ? mixedEncoding(body) : null;
      const detail = mixed ? `; line ${mixed.otherLine} is in another encoding` : "";
      return failure("unknown_encoding", `starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()}${detail}`);
    }
    const binary = binaryVerdictOfText(text);
    if (binary.binary) return failure("binary_file", binary.reason);
    return success(text, label);
  }
  return null;
}

/**
 * A charset a page declares for itself (HTML meta) is used only after the sure tests
 * fail, and only when it decodes every byte: pages often declare gb2312 and are UTF-8.
 */
function decodeDeclared(bytes: Uint8Array, declared: string | undefined): FormatOutcome | null {
  if (declared === undefined || !iconv.encodingExists(declared)) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared);
  return text.includes("\ufffd") ? null : success(text, declared.toLowerCase());
}

/**
 * Turns the bytes of a text file into a string, or says why that cannot be done surely.
 * Order: byte-order mark, binary check, strict UTF-8, GB18030 with plausibility checks.
 * A file that fits none of them, or mixes two, is an error rather than a guess.
 */
export function decodeText(bytes: Uint8Array, declared?: string): FormatOutcome {
  if (bytes.length === 0) return failure("empty_file", "is empty (0 bytes)");
  const withBom = decodeWithBom(bytes);
  if (withBom) return withBom;
  const binary = binaryVerdict(bytes);
  if (binary.binary) return failure("binary_file", binary.reason);
  const utf8 = strictDecode(bytes, "utf-8");
  if (utf8 !== null) return success(utf8, "utf-8");
  const mixed = mixedEncoding(bytes);
  if (mixed) {
    return failure(
      "unknown_encoding",
      `mixes encodings: line ${mixed.utf8Line} is UTF-8 but line ${mixed.otherLine} is not (byte ${mixed.otherOffset}); convert the whole file to one encoding`,
    );
  }
  const gb = decodeGb18030(bytes);
  if (gb !== null) return success(gb, "gb18030");
  const fromDeclaration = decodeDeclared(bytes, declared);
  if (fromDeclaration) return fromDeclaration;
  return failure("unknown_encoding", `encoding is neither UTF-8 nor GB18030/GBK Chinese text${guessForMessage(bytes)}`);
}
