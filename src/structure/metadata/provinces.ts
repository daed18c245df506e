/** Provincial-level divisions: official name and the short forms titles use. */
export const PROVINCES: readonly (readonly [official: string, ...short: string[]])[] = [
  ["北京市", "北京"],
  ["天津市", "天津"],
  ["上海市", "上海"],
  ["重庆市", "重庆"],
  ["河北省", "河北"],
  ["山西省", "山西"],
  ["辽宁省", "辽宁"],
  ["吉林省", "吉林"],
  ["黑龙江省", "黑龙江"],
  ["江苏省", "江苏"],
  ["浙江省", "浙江"],
  ["安徽省", "安徽"],
  ["福建省", "福建"],
  ["江西省", "江西"],
  ["山东省", "山东"],
  ["河南省", "河南"],
  ["湖北省", "湖北"],
  ["湖南省", "湖南"],
  ["广东省", "广东"],
  ["海南省", "海南"],
  ["四川省", "四川"],
  ["贵州省", "贵州"],
  ["云南省", "云南"],
  ["陕西省", "陕西"],
  ["甘肃省", "甘肃"],
  ["青海省", "青海"],
  ["台湾省", "台湾"],
  ["内蒙古自治区", "内蒙古"],
  ["广西壮族自治区", "广西"],
  ["西藏自治区", "西藏"],
  ["宁夏回族自治区", "宁夏"],
  ["新疆维吾尔自治区", "新疆"],
  ["香港特别行政区", "香港"],
  ["澳门特别行政区", "澳门"],
];

/**
 * The province a phrase starts with, matched at its very start so that `山西` is not
 * found inside `陕西`: the official name and how many characters were consumed.
 */
export function provinceAt(phrase: string): { official: string; length: number } | null {
  for (const [official, ...short] of PROVINCES) {
    for (const name of [official, ...short]) {
      if (phrase.startsWith(name)) return { official, length: name.length };
    }
  }
  return null;
}

const ALL_NAMES = PROVINCES.flatMap(([official, ...short]) => [official, ...short]).sort((a, b) => b.length - a.length);
// A province named as the congress, the governor or the government: `在广东省第十四届…`,
// `广东省省长`, `我代表海南省人民政府`.
const PROVINCE_ROLE = new RegExp(`(${ALL_NAMES.join("|")})(?=第[一二三四五六七八九十]+届|省长|市长|代省长|代市长|人民政府|自治区主席|主席)`, "u");

/** The province whose congress, governor or government the text names first, if any. */
export function provinceNamedIn(text: string): string | null {
  const name = PROVINCE_ROLE.exec(text)?.[1];
  return name === undefined ? null : (provinceAt(name)?.official ?? null);
}
