const CN_DIGITS = "〇一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const ROMAN: readonly (readonly [number, string])[] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五: how Chinese counts below ten thousand. */
function chineseCount(n: number, digits: string, ten: string, hundred: string, thousand: string): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = [thousand, hundred, ten, ""];
  const parts = String(n).padStart(4, "0").split("").map(Number);
  let text = "";
  let zero = false;
  parts.forEach((digit, i) => {
    if (digit === 0) {
      zero = text !== "";
      return;
    }
    if (zero) text += "零";
    zero = false;
    text += digits[digit]! + units[i]!;
  });
  // 十一, not 一十一, when the number starts with the tens.
  return n >= 10 && n < 20 && digits === CN_DIGITS ? text.slice(1) : text;
}

const roman = (n: number): string => {
  let rest = n;
  let text = "";
  for (const [value, letters] of ROMAN) for (; rest >= value; rest -= value) text += letters;
  return text;
};

const letters = (n: number): string => String.fromCharCode(0x61 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

const cycle = (symbols: string, n: number): string => symbols[(n - 1) % symbols.length]!;

const within = (symbols: string, n: number): string => (n >= 1 && n <= symbols.length ? symbols[n - 1]! : String(n));

/**
 * A list counter written the way Word writes a level's number format (`w:numFmt`):
 * 一 for chineseCounting, 甲 for ideographTraditional, ① for decimalEnclosedCircle.
 * Unknown formats fall back to decimal; `bullet` and `none` have no number.
 */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
      return chineseCount(n, CN_DIGITS, "十", "百", "千");
    case "chineseLegalSimplified":
      return chineseCount(n, CN_LEGAL, "拾", "佰", "仟");
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!);
    case "ideographTraditional":
      return cycle(HEAVENLY_STEMS, n);
    case "ideographZodiac":
      return cycle(EARTHLY_BRANCHES, n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return within(CIRCLED, n);
    case "decimalEnclosedParen":
      return within(PARENTHESISED, n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}
