/**
 * Set phrases of Chinese political language that hold a number but state no quantity
 * (`四个现代化`, `八项规定`). Modern reports usually quote them, older ones do not.
 */
const FIXED_PHRASES = [
  "四个现代化", "四项基本原则", "两个文明", "三个代表", "两个务必", "四个全面", "四个意识", "四个自信",
  "两个维护", "两个确立", "两个毫不动摇", "两个大局", "两个一百年", "八项规定", "三大攻坚战",
  "五位一体", "三严三实", "两学一做", "三个区分开来", "一国两制", "两个市场", "两种资源",
  "两个积极性", "三个有利于", "三个面向", "三步走", "五个一工程",
];

const STARTS_FIXED = new RegExp(`^(?:${FIXED_PHRASES.join("|")})`);

/** Meetings numbered by session (`九次全会`, `四次会议`), not counts of events. */
const SESSION = /^(?:全会|会议|全体会议|代表大会|党代会|常委会)/;

/** True when the number at the start of `text` belongs to a set phrase or a session name. */
export function startsFixedPhrase(text: string, unitEnd: number): boolean {
  return STARTS_FIXED.test(text) || SESSION.test(text.slice(unitEnd));
}
