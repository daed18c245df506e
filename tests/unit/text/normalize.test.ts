import { describe, expect, it } from "vitest";
import { normalizeText, originalSpan } from "../../../src/text/index.ts";
import { ideographForm } from "../../../src/text/ideograph-forms.ts";

/** Every normalised character must come from the original character its map points at. */
function expectMapExact(original: string): void {
  const doc = normalizeText(original);
  expect(doc.toOriginal.length).toBe(doc.text.length + 1);
  expect(doc.toOriginal[doc.text.length]).toBe(original.length);
  let previous = -1;
  for (let i = 0; i < doc.text.length; i++) {
    const at = doc.toOriginal[i]!;
    expect(at).toBeGreaterThan(previous);
    previous = at;
    const from = original.charCodeAt(at);
    const to = doc.text.charCodeAt(i);
    const folded = from >= 0xff01 && from <= 0xff5e ? from - 0xfee0 : from;
    const sameOrFold = to === from || to === folded || to === ideographForm(from) || (to === 0x0a && /[\r\n\f\v\u2028\u2029\u0085]/.test(original[at]!)) || (to === 0x20 && /\s/.test(original[at]!));
    expect(sameOrFold, `normalised ${JSON.stringify(doc.text[i])} at ${i} from original ${JSON.stringify(original[at])}`).toBe(true);
  }
}

describe("normalizeText", () => {
  const cases: ReadonlyArray<[string, string]> = [
    ["地区生产总值5 50亿元", "地区生产总值550亿元"],
    ["同比增长12.\n5%", "同比增长12.5%"],
    ["同比增长12.\r\n5%", "同比增长12.5%"],
    ["增长12 %，", "增长12%，"],
    ["１２．５％", "12.5%"],
    ["ＧＤＰ增长５．２％", "GDP增长5.2%"],
    ["达到5\n2.建设", "达到5\n2.建设"],
    ["达到5\n2、建设", "达到5\n2、建设"],
    ["达到５\n２．建设", "达到5\n2.建设"],
    ["共计5\n2023年", "共计5\n2023年"],
    ["增长5\n\n50家", "增长5\n\n50家"],
    ["第1. 建设", "第1. 建设"],
    ["句末.\n5个", "句末.\n5个"],
    ["a\r\nb\rc", "a\nb\nc"],
    ["x\u0000y\u0007z\u001bw\u007f\u0085v", "xyzw\nv"],
    ["页一\f页二", "页一\n页二"],
    ["5\u200b50亿", "550亿"],
    ["\ufeff标题", "标题"],
    ["制\t表", "制\t表"],
    ["全角　空格", "全角 空格"],
    ["表情😀符号🎉", "表情😀符号🎉"],
    ["1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元", "1997年国内生产总值达到74772亿元"],
    ["增长5\n\n亿元", "增长5\n\n亿元"],
    // A line wrapped between an amount and its scale: no line opens with 万, 亿 or 元.
    ["国内生产总值达到74.4\n万亿元", "国内生产总值达到74.4万亿元"],
    ["增长5\n年", "增长5\n年"],
    ["2023 Q1", "2023 Q1"],
    // Glyphs a Chromium-printed PDF hands out from the Kangxi Radicals and CJK Radicals Supplement blocks.
    ["全省⽣产总值增⻓5.5%，⼀般公共预算收⼊增⻓1.2%，城乡居⺠⼈均可⽀配收⼊", "全省生产总值增长5.5%，一般公共预算收入增长1.2%，城乡居民人均可支配收入"],
    ["2025年浙江省政府⼯作报告", "2025年浙江省政府工作报告"],
    ["⻔⻋⻢⻓⻛⻜⻥⻩⻬⻮⻰⻳", "门车马长风飞鱼黄齐齿龙龟"],
    ["⺟⺠⻅", "母民见"],
    // A Simplified Chinese font draws 户 with the door radical; NFKC alone would give 戶.
    ["企业27⼾、棚⼾区", "企业27户、棚户区"],
    // A compatibility ideograph folds canonically; a radical whose ideograph lies outside the BMP stays.
    ["\uf901\uf9b5如", "更例如"],
    ["⺇", "⺇"],
    ["", ""],
  ];

  it.each(cases)("%j → %j", (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
    expectMapExact(input);
  });

  it("maps spans of found numbers back to the original text", () => {
    const original = "上半年\r\n完成地区生产总值５ ５０．５亿元，同比增长１２．\n５％。\n2.建设";
    const doc = normalizeText(original);
    const amount = /550\.5亿元/.exec(doc.text)!;
    const span = originalSpan(doc, amount.index, amount.index + amount[0].length);
    expect(original.slice(span.start, span.end)).toBe("５ ５０．５亿元");
    const rate = /12\.5%/.exec(doc.text)!;
    const rateSpan = originalSpan(doc, rate.index, rate.index + rate[0].length);
    expect(original.slice(rateSpan.start, rateSpan.end)).toBe("１２．\n５％");
    const heading = doc.text.indexOf("2.建设");
    const headingSpan = originalSpan(doc, heading, heading + 4);
    expect(original.slice(headingSpan.start, headingSpan.end)).toBe("2.建设");
  });

  it("maps spans that start or end on an emoji", () => {
    const original = "前\u0007😀后";
    const doc = normalizeText(original);
    const span = originalSpan(doc, 1, 3);
    expect(original.slice(span.start, span.end)).toBe("😀");
  });

  it("maps an empty span and a span at the end", () => {
    const doc = normalizeText("ab\r\n");
    expect(originalSpan(doc, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(originalSpan(doc, doc.text.length, doc.text.length)).toEqual({ start: 4, end: 4 });
  });

  it("stays linear on long runs of white space and digits", () => {
    const adversarial = `${"5 ".repeat(300_000)}${" ".repeat(1_000_000)}${"\n".repeat(500_000)}${"1\n".repeat(300_000)}`;
    const started = performance.now();
    const doc = normalizeText(adversarial);
    expect(doc.text.length).toBeGreaterThan(0);
    expect(doc.toOriginal[doc.text.length]).toBe(adversarial.length);
    // Generous for a shared machine; a quadratic pass over these runs would not finish in time.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
