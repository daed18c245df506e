// Reports read to a people's congress: the government work report and its kin.
const CONGRESS_CUE = /各位代表|全国人民代表大会|向大会(?:作|报告)|报告政府工作|作政府工作报告/u;
const NATIONAL_CUE = /代表国务院|国务院的委托|根据国务院的决定|国务院总理|中华人民共和国国务院|全国人民代表大会|国务院向/u;
const HEAD = 3000;
// A local government speaking of itself: `我代表省人民政府`, `省长`, `中共…省委`.
const LOCAL_SELF = /代表[^，。]{0,12}(?:省|市|区|县|自治区|州)人民政府|[省市区县]长\s|省委|市委|区委|县委/u;

/** True when the report is addressed to a people's congress (政府工作报告 and the like). */
export function isCongressReport(title: string | null, text: string): boolean {
  return (title !== null && title.includes("政府工作报告")) || CONGRESS_CUE.test(text.slice(0, HEAD));
}

/** True when the State Council reports (national government work reports). */
export function isNationalReport(title: string | null, text: string): boolean {
  if (title !== null && title.includes("国务院")) return true;
  const head = text.slice(0, HEAD);
  if (LOCAL_SELF.test(head)) return false;
  return NATIONAL_CUE.test(head) || (text.includes("国务院") && /全国各族人民|全国人民/u.test(head));
}
