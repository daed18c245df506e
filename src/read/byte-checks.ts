/**
 * Byte-level tests that decide, before any decoding, whether a buffer can be text at
 * all and which multi-byte encoding its structure fits. All are single linear passes.
 */

/** Bytes that never occur in text files: C0 controls other than tab, breaks, form feed and escape; DEL. */
const isStrayControl = (b: number): boolean =>
  (b >= 0x01 && b <= 0x08) || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f) || b === 0x7f;

/** Above this share of stray control bytes a file is data, not text with a few odd characters. */
const MAX_CONTROL_SHARE = 0.1;

export type BinaryVerdict = { readonly binary: false } | { readonly binary: true; readonly reason: string };

function verdict(length: number, at: (i: number) => number, unitName: string): BinaryVerdict {
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const unit = at(i);
    if (unit === 0) return { binary: true, reason: `contains NUL ${unitName}s (first at ${unitName} ${i}), so it is not a text file` };
    if (isStrayControl(unit)) controls++;
  }
  if (length > 0 && controls / length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / length);
    return { binary: true, reason: `${percent}% of it is control characters, so it is not a text file` };
  }
  return { binary: false };
}

/** Judges raw bytes of a file in an 8-bit-compatible encoding (UTF-8, GBK). */
export const binaryVerdict = (bytes: Uint8Array): BinaryVerdict => verdict(bytes.length, (i) => bytes[i]!, "byte");

/** Judges decoded text, for encodings (UTF-16) where raw bytes are full of NULs. */
export const binaryVerdictOfText = (text: string): BinaryVerdict => verdict(text.length, (i) => text.charCodeAt(i), "character");

export interface Utf8Scan {
  /** Byte offset of the first byte that breaks UTF-8, or -1 when the whole range is valid. */
  readonly firstError: number;
  /** Three-byte sequences: how CJK characters look in UTF-8, and rare by chance in GBK. */
  readonly threeByteSequences: number;
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Validates UTF-8 in [start, end) without decoding, so lines can be judged one by one. */
export function scanUtf8(bytes: Uint8Array, start = 0, end = bytes.length): Utf8Scan {
  let threeByteSequences = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) length = 3;
    else if (b >= 0xf0 && b <= 0xf4) length = 4;
    if (length === 0 || i + length > end) return { firstError: i, threeByteSequences };
    for (let k = 1; k < length; k++) if (!isContinuation(bytes[i + k])) return { firstError: i, threeByteSequences };
    // Overlongs and surrogates are invalid too; TextDecoder would reject them.
    const b1 = bytes[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) {
      return { firstError: i, threeByteSequences };
    }
    if (length === 3) threeByteSequences++;
    i += length;
  }
  return { firstError: -1, threeByteSequences };
}

export interface MixedVerdict {
  readonly utf8Line: number;
  readonly otherLine: number;
  readonly otherOffset: number;
}

/** A line needs this many CJK-shaped UTF-8 sequences before it counts as UTF-8 and not chance. */
const MIN_UTF8_SEQUENCES_PER_LINE = 3;

/**
 * Finds a file that is partly UTF-8 and partly something else (typically GBK pasted into
 * a UTF-8 file): at least one line that is convincingly UTF-8 and one that is not.
 * Line numbers are 1-based.
 */
export function mixedEncoding(bytes: Uint8Array): MixedVerdict | null {
  let utf8Line = 0;
  let otherLine = 0;
  let otherOffset = -1;
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const scan = scanUtf8(bytes, start, end);
    if (scan.firstError >= 0) {
      if (otherLine === 0) {
        otherLine = line;
        otherOffset = scan.firstError;
      }
    } else if (scan.threeByteSequences >= MIN_UTF8_SEQUENCES_PER_LINE && utf8Line === 0) {
      utf8Line = line;
    }
    if (utf8Line > 0 && otherLine > 0) return { utf8Line, otherLine, otherOffset };
    start = end + 1;
    line++;
  }
  return null;
}

export interface Gb18030Scan {
  readonly valid: boolean;
  /** Multi-byte characters (two- and four-byte). */
  readonly characters: number;
  /** Of those, how many fall in GB2312 (common hanzi and CJK punctuation). */
  readonly common: number;
}

/**
 * Walks GB18030's byte structure. Real Chinese text is nearly all GB2312 characters;
 * UTF-8 or Big5 bytes read as GB18030 mostly land in the rare extension ranges.
 */
export function scanGb18030(bytes: Uint8Array): Gb18030Scan {
  let characters = 0;
  let common = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b2 = bytes[i + 1];
    if (b === 0x80 || b === 0xff || b2 === undefined) return { valid: false, characters, common };
    if (b2 >= 0x30 && b2 <= 0x39) {
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      if (b3 === undefined || b4 === undefined || b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) {
        return { valid: false, characters, common };
      }
      characters++;
      i += 4;
      continue;
    }
    if (b2 < 0x40 || b2 === 0x7f || b2 === 0xff) return { valid: false, characters, common };
    characters++;
    if (((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xf7)) && b2 >= 0xa1 && b2 <= 0xfe) common++;
    i += 2;
  }
  return { valid: true, characters, common };
}
