import { applyAbbreviations, traceStep, type Traced } from "./trace.ts";

/** Full names of government departments and the short names reports also use. */
const DEPARTMENT_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["发展和改革委员会", "发改委"],
  ["发展改革委员会", "发改委"],
  ["发展改革委", "发改委"],
  ["卫生健康委员会", "卫健委"],
  ["卫生健康委", "卫健委"],
  ["住房和城乡建设", "住建"],
  ["住房城乡建设", "住建"],
  ["人力资源和社会保障", "人社"],
  ["人力资源社会保障", "人社"],
  ["工业和信息化", "工信"],
  ["经济和信息化", "经信"],
  ["市场监督管理", "市场监管"],
  ["科学技术", "科技"],
  ["文化和旅游", "文旅"],
  ["国有资产监督管理委员会", "国资委"],
  ["国有资产监督管理", "国资"],
  ["委员会", "委"],
];

// Central bodies: named with 国家/国务院/中央, or the ministry-level endings only they use.
const NATIONAL_PREFIX = /^(?:国家|国务院|中央|中共中央|全国)/u;
const NATIONAL_ENDING = /(?:部|署|总局)$/u;
// A level word in front of a local department (`省财政厅`, `市发改委`); not `市场监管局`.
const LOCAL_PREFIX = /^(?:自治区|自治州|省|市|区|县|州|盟|旗|镇|乡)(?!场|域|政|容|委|民|级)/u;

/**
 * Canonical short name of a department and whether it is a central one. The level word
 * and the issuer's own place name come off, since the scope already says whose it is.
 */
export function canonicalDepartment(traced: Traced, localScope: string): { traced: Traced; national: boolean } {
  let current = traced;
  const national = NATIONAL_PREFIX.test(current.value) || (NATIONAL_ENDING.test(current.value) && !LOCAL_PREFIX.test(current.value));
  if (national) {
    const rest = current.value.replace(NATIONAL_PREFIX, "");
    if (rest.length >= 2) current = traceStep(current, rest, "level-stripped", 1);
  } else {
    if (localScope.length >= 2 && current.value.startsWith(localScope) && current.value.length > localScope.length + 1) {
      current = traceStep(current, current.value.slice(localScope.length), "place-stripped", 1);
    }
    const rest = current.value.replace(LOCAL_PREFIX, "");
    if (rest.length >= 2) current = traceStep(current, rest, "level-stripped", 1);
  }
  return { traced: applyAbbreviations(current, DEPARTMENT_ABBREVIATIONS, 0.95), national };
}
