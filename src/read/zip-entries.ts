import { inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * The named entries of a ZIP archive (a .docx package), as UTF-8 text; an entry that is
 * absent, damaged or larger than `maxBytes` unpacked is left out. mammoth reads the
 * document's text; this reads the few parts whose details mammoth drops.
 */
export function zipEntries(bytes: Buffer, names: readonly string[], maxBytes: number): Map<string, string> {
  const found = new Map<string, string>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length || bytes.readUInt32LE(end) !== END_OF_DIRECTORY) return found;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const wanted = new Set(names);
  for (let i = 0; i < count && at + 46 <= bytes.length && bytes.readUInt32LE(at) === DIRECTORY_ENTRY; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (!wanted.has(name) || local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + packed);
    try {
      if (method === STORED && data.length <= maxBytes) found.set(name, data.toString("utf8"));
      if (method === DEFLATED) found.set(name, inflateRawSync(data, { maxOutputLength: maxBytes }).toString("utf8"));
    } catch {
      // A damaged or oversized part reads as absent; mammoth reports a damaged package.
    }
  }
  return found;
}
