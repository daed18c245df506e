import { decodeText } from "./decode-text.ts";
import { htmlToText } from "./html-text.ts";
import { failure, success, type FormatOutcome } from "./outcome.ts";

const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/** The charset a page declares in its first bytes, as the HTML spec's prescan looks for it. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return META_CHARSET.exec(head)?.[1];
}

/** Visible text of an HTML page; the encoding is sure-detected, the declaration breaks ties. */
export function readHtml(bytes: Uint8Array): FormatOutcome {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  if (!decoded.ok) return decoded;
  const text = htmlToText(decoded.text);
  if (text === "") return failure("empty_file", "is an HTML page without visible text");
  return success(text, decoded.encoding);
}
