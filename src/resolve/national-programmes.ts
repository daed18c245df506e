/**
 * Programmes and works of the central government: whoever mentions them, they are one
 * national node. Each entry is the canonical core name (suffixes such as 工程/项目 already
 * stripped) and the other spellings reports use for it.
 */
const NATIONAL_PROGRAMMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["三峡", ["长江三峡"]],
  // The routes are built and reported as one programme; the MENTIONS relationship keeps
  // the route as written.
  ["南水北调", ["南水北调东线", "南水北调中线", "南水北调西线", "南水北调东", "南水北调中", "南水北调东中线", "南水北调东、中线"]],
  ["小浪底", ["黄河小浪底"]],
  ["西气东输", []],
  ["西电东送", []],
  ["青藏铁路", []],
  ["川藏铁路", []],
  ["京沪高铁", []],
  ["京九铁路", []],
  ["港珠澳大桥", []],
  ["一带一路", ["共建一带一路"]],
  ["东数西算", []],
  ["西部大开发", []],
  ["东北振兴", ["振兴东北", "东北地区等老工业基地振兴", "振兴东北地区等老工业基地"]],
  ["中部崛起", ["中部地区崛起", "促进中部地区崛起"]],
  ["乡村振兴", ["乡村振兴战略"]],
  ["京津冀协同发展", []],
  ["长江经济带", ["长江经济带发展"]],
  ["粤港澳大湾区", ["粤港澳大湾区建设"]],
  ["长三角一体化", ["长三角一体化发展", "长三角区域一体化", "长三角区域一体化发展"]],
  ["成渝地区双城经济圈", ["成渝双城经济圈"]],
  ["黄河流域生态保护和高质量发展", []],
  ["雄安新区", ["河北雄安新区"]],
  ["海南自贸港", ["海南自由贸易港"]],
  ["退耕还林", ["退耕还林还草"]],
  ["天然林保护", ["天然林资源保护"]],
  ["希望", []],
  ["菜篮子", []],
  ["211", []],
  ["985", []],
  ["星火计划", []],
  ["火炬计划", []],
  ["863计划", []],
];

const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of NATIONAL_PROGRAMMES) {
  CANONICAL.set(canonical, canonical);
  for (const variant of variants) CANONICAL.set(variant, canonical);
}

/** The canonical core of a national programme, or undefined for anything else. */
export const nationalProgramme = (core: string): string | undefined => CANONICAL.get(core);
