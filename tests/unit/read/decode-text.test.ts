import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/read/decode-text.ts";

const report = "全区完成地区生产总值550.5亿元，同比增长6%。一般公共预算收入33.6亿元。";

describe("decodeText is sure or refuses", () => {
  it("reads pure ASCII as UTF-8", () => {
    expect(decodeText(Buffer.from("GDP 5.2%\n"))).toEqual({ ok: true, text: "GDP 5.2%\n", encoding: "utf-8" });
  });

  it("reads a short GBK line", () => {
    expect(decodeText(iconv.encode("增长6%", "gbk"))).toEqual({ ok: true, text: "增长6%", encoding: "gb18030" });
  });

  it("reads GB18030 four-byte characters", () => {
    const text = `${report}€`;
    expect(decodeText(iconv.encode(text, "gb18030"))).toEqual({ ok: true, text, encoding: "gb18030" });
  });

  it.each([
    ["Big5 Chinese", iconv.encode("全區完成地區生產總值550.5億元，同比增長6%。一般公共預算收入33.6億元。", "big5")],
    ["Shift_JIS Japanese", iconv.encode("地域の総生産は前年比で増加しました。", "shift_jis")],
    ["Windows-1252 French", iconv.encode("Le rapport a été adopté à l'unanimité.", "windows-1252")],
  ])("refuses %s rather than guessing", (_name, bytes) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("unknown_encoding");
  });

  it("refuses UTF-8 text cut in the middle of a character", () => {
    const bytes = Buffer.from(report, "utf8");
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(!result.ok && result.code).toBe("unknown_encoding");
  });

  it("refuses a UTF-8 byte-order mark over GBK bytes", () => {
    const result = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(report, "gbk")]));
    expect(!result.ok && result.reason).toMatch(/UTF-8 byte-order mark but is not valid UTF-8/);
  });

  it("refuses UTF-32 by name", () => {
    const result = decodeText(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    expect(!result.ok && result.reason).toMatch(/UTF-32/);
  });

  it("calls a file with only a byte-order mark empty", () => {
    expect(decodeText(Buffer.from([0xfe, 0xff]))).toEqual({ ok: false, code: "empty_file", reason: "holds only a byte-order mark" });
  });

  it("calls UTF-16 full of control characters binary", () => {
    const result = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("\u0001\u0002\u0003\u0004ab", "utf16le")]));
    expect(!result.ok && result.code).toBe("binary_file");
  });

  it("uses a page's declared charset only when the sure tests fail and it decodes every byte", () => {
    const big5 = iconv.encode("全區完成地區生產總值550.5億元。", "big5");
    expect(decodeText(big5, "big5")).toEqual({ ok: true, text: "全區完成地區生產總值550.5億元。", encoding: "big5" });
    expect(decodeText(Buffer.from(report), "gb2312")).toEqual({ ok: true, text: report, encoding: "utf-8" });
  });
});
