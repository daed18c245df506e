import { knownFamily } from "./vocabulary.ts";
import type { NoTargetStatement, ReportText } from "./types.ts";

/**
 * A sentence saying that no figure is set for something this year
 * (没有提出全年经济增速具体目标, 不设定具体增长目标): the thing named is the clause's object.
 */
const NO_TARGET = /(?:没有|未|不再|不)(?:提出|设定|设置|确定|设)(?:今年|全年|本年度)?([一-龥A-Z]{2,12}?)(?:的)?(?:具体|量化|数量)?(?:预期)?目标/g;

/** Statements in a report of its own year that it sets no target for a family. */
export function noTargetStatements(report: ReportText): NoTargetStatement[] {
  if (report.year === null || report.period === "H1" || report.period === "H2") return [];
  const found: NoTargetStatement[] = [];
  for (const match of report.text.matchAll(NO_TARGET)) {
    const object = (match[1] ?? "").replace(/^(?:全年|今年)/, "").replace(/(?:具体|增长)$/, "");
    const family = knownFamily(object);
    if (family === null) continue;
    const from = Math.max(report.text.lastIndexOf("。", match.index) + 1, report.text.lastIndexOf("\n", match.index) + 1);
    const stop = report.text.slice(match.index).search(/[。\n]/);
    const to = stop < 0 ? report.text.length : match.index + stop + 1;
    found.push({ reportId: report.id, year: report.year, family, text: report.text.slice(from, to).trim(), start: report.start + from, end: report.start + to });
  }
  return found;
}
