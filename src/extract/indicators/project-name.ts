/** Kinds of project named by their last word. */
const NAMED = /(?:[“"]([^”"]{2,20})[”"](?:项目|工程)|([\u4e00-\u9fff]{4,16}(?:项目|工程|产业园|园区)))(?:一期|二期|三期)?(?=总投资|计划投资|完成投资|投资|建设|建成|投产|开工|竣工|已)/u;

/** Words that make a "项目" a count of projects, not one project. */
const GENERIC = /^[个家项批类]|等|在建|新建|续建|开工|重点|重大|签约|招商|征收|民生|实事|以上|各类|各项|全部|所有|这些|其中|共有|累计|完成|实施|推进|建设/;

/** The project the clause speaks of (`XX产业园项目总投资16亿元`), when it is named. */
export function projectNameIn(before: string): string | null {
  const clause = before.slice(Math.max(...[..."，,；;：:。"].map((mark) => before.lastIndexOf(mark))) + 1);
  const m = NAMED.exec(clause);
  if (!m) return null;
  const name = m[1] ?? m[2]!;
  if ((m[2] !== undefined && GENERIC.test(m[2])) || /\d/.test(name)) return null;
  return name;
}
