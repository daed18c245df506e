import { provinceAt, provinceNamedIn } from "./provinces.ts";
import { containsPlaceholder, YEAR_NUMBER } from "../../text/index.ts";

export interface IssuerRegion {
  readonly issuer: string | null;
  readonly region: string | null;
}

const HEAD = 3000;
const PROVINCE_HEAD = 600;
const YEAR_OR_PERIOD = new RegExp(`${YEAR_NUMBER}年|上半年|下半年|半年|年度|年终|全年`, "u");
const LEADING_YEAR = new RegExp(`^${YEAR_NUMBER}年(?:度)?`, "u");
const TITLE_GENRE = /关于|政府工作报告|工作|年度|年终|总结|计划|安排|打算|报告|完成情况|执行情况/u;
// Bodies that report: governments and their offices, party committees, zones, streets.
const ISSUER_SUFFIX = /(?:人民政府|政府|办公室|办事处|管委会|委员会|居委会|党工委|开发区|高新区|园区|街道|社区|[区县市镇乡村]委|府办|[局办委厅处署村院])$/u;
const PLACE_SUFFIX = /(?:自治区|自治州|自治县|[省市区县州旗镇乡])$/u;
// Words that name no particular body: `政府部门…`, `全区…`, `本县…`.
const GENERIC = /^(?:政府|政府部门|部门|单位|全区|全县|全市|全省|本区|本县|本市|我区|我县|我市|个人|机关|区|县|市|镇|乡)$/u;
const BARE_GOVERNMENT = /^([区县市镇乡])(?:人民)?政府$/u;

/** The issuer named at the front of a title (`XX经济开发区2024年…`, `2023年区政府工作报告…`). */
export function titleIssuer(title: string): string | null {
  let phrase = title;
  const leadingYear = LEADING_YEAR.exec(phrase);
  if (leadingYear) phrase = phrase.slice(leadingYear[0].length);
  const cut = Math.min(...[YEAR_OR_PERIOD, TITLE_GENRE].map((p) => phrase.search(p)).filter((i) => i >= 0), phrase.length);
  let prefix = phrase.slice(0, cut);
  if (phrase.slice(cut).startsWith("政府") && PLACE_SUFFIX.test(prefix)) prefix += "政府";
  if (prefix.length < 2 || GENERIC.test(prefix)) return null;
  return ISSUER_SUFFIX.test(prefix) || PLACE_SUFFIX.test(prefix) ? prefix : null;
}

// `领导下，县政府办公室紧紧围绕…`: the subject of the opening sentence.
const BODY_ISSUER = /(?:领导下|指导下|关心下|支持下)[，,]([一-龥]{2,12}?(?:办公室|办事处|管委会|委员会|党工委|[局委办]))(?=[一-龥]{0,3}(?:紧紧|认真|坚持|深入|始终|围绕|全面|积极|按照|以))/u;
const SELF_GOVERNMENT = /我代表([一-龥]{2,16}?人民政府)/u;

const REGION_PATTERNS: readonly RegExp[] = [
  /中共([一-龥]{2,8}?(?:自治州|自治县|[区县市州旗]))委/u,
  /(?:^|[^一-龥])([一-龥]{2,6}?(?:自治县|[区县市旗]))人民政府/u,
  /(?:^|[，。、；：“\s])([一-龥]{2}[区县])政府(?!工作)/u,
];
// Local bulletins and zones carry the place's bare name: `《靖安政务信息》`, `万州经开区`.
const BARE_PLACE = [/《([一-龥]{2})(?:政务|政府|日报|年鉴|信息)/u, /(?:^|[，。、；：“\n])([一-龥]{2})(?:经开区|经济技术开发区|高新区)/u];
const NOT_A_NAME =
  /^(?:全|本|我|各|该|其|某|省|市|县|区)|^(?:高新区|开发区|经开区|新区|园区|城区|市区|郊区|辖区|景区|社区|小区|片区|街区|山区|库区|老城区)$|[的和与及在是了为]/u;

function levelWord(text: string): string | null {
  const counts = { 县: 0, 区: 0, 市: 0 };
  for (const m of text.matchAll(/全([县区市])/gu)) counts[m[1] as keyof typeof counts]++;
  const best = Object.entries<number>(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : null;
}

const isName = (name: string): boolean => name.length >= 2 && !containsPlaceholder(name) && !NOT_A_NAME.test(name);

/** The place at the front of a title (`昆明市官渡区人民政府关于…`, `河北省2023年…`), if named. */
function titlePlace(title: string): string | null {
  const place = titleIssuer(title)?.replace(/(?:人民)?政府$/u, "") ?? "";
  if (!PLACE_SUFFIX.test(place) || !isName(place)) return null;
  const province = provinceAt(place);
  return province && province.length === place.length ? province.official : place;
}

/** The named place a local report covers, from its title or opening, or null. */
export function localRegion(title: string, text: string): string | null {
  const fromTitle = titlePlace(title);
  if (fromTitle) return fromTitle;
  const head = text.slice(0, HEAD * 4);
  for (const pattern of REGION_PATTERNS) {
    const name = pattern.exec(head)?.[1];
    if (name && isName(name)) return name;
  }
  for (const pattern of BARE_PLACE) {
    const stem = pattern.exec(head)?.[1];
    if (!stem || !isName(stem)) continue;
    const level = levelWord(head);
    return level ? stem + level : stem;
  }
  return null;
}

/** Issuer and region of a provincial report, when its title or opening names a province. */
export function provincialIssuerRegion(title: string | null, text: string): IssuerRegion | null {
  const phrase = (title ?? "").replace(LEADING_YEAR, "");
  const inTitle = provinceAt(phrase);
  if (inTitle) {
    const rest = phrase.slice(inTitle.length);
    // `重庆市万州区…` is a district of the province, not the province itself.
    if (/^[一-龥]{1,6}?[区县市州旗](?:人民)?政府/u.test(rest) && !/^(?:省|市|自治区)?(?:人民)?政府/u.test(rest)) return null;
  }
  const head = text.slice(0, PROVINCE_HEAD);
  // A title naming no place (`政府工作报告`) leaves it to the dateline and byline.
  const official = inTitle?.official ?? (/^(?:\d{4}年)?(?:政府工作报告|$)/u.test(phrase) ? provinceNamedIn(head) : null);
  if (official === null) return null;
  return { issuer: `${official}人民政府`, region: official };
}

/** Issuer of a local report: its title's, else the subject of its opening sentence. */
export function localIssuer(title: string, text: string, region: string | null): string | null {
  const named = titleIssuer(title);
  const bodyNamed = named ?? BODY_ISSUER.exec(text.slice(0, HEAD))?.[1] ?? SELF_GOVERNMENT.exec(text.slice(0, HEAD))?.[1] ?? null;
  if (bodyNamed === null) return null;
  const bare = BARE_GOVERNMENT.exec(bodyNamed);
  if (bare) return region !== null && region.endsWith(bare[1]!) ? `${region}人民政府` : bodyNamed;
  // `万州区2020年政府工作报告…`: the place's government reports.
  if (PLACE_SUFFIX.test(bodyNamed) && !ISSUER_SUFFIX.test(bodyNamed)) return title.includes("政府") ? `${bodyNamed}人民政府` : bodyNamed;
  return bodyNamed.replace(/([省市区县州旗])政府$/u, "$1人民政府");
}
