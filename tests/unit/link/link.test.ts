import { describe, expect, it } from "vitest";
import { buildLexicon, changedTerms, findLinks, foldText, indexLexicon, storedEntries, type ConfirmedName, type LinkTarget } from "../../../src/link/index.ts";
import { createResolver, NATIONAL_SCOPE } from "../../../src/resolve/index.ts";

const resolver = createResolver();
const SCOPE = "某省";
const keyOf = (name: string): string => resolver.resolve("project", name, SCOPE)!.key;
const confirmed = (...names: string[]): ConfirmedName[] => names.map((name) => ({ name, key: keyOf(name) }));
const lexiconOf = (...names: string[]) => buildLexicon(confirmed(...names), resolver, SCOPE);

function linksIn(text: string, known: string[], extracted: string[] = []) {
  const target: LinkTarget = { id: "r", start: 100, text, sections: [{ start: 100, end: 100 + text.length, level: 1, role: "review" }], extractedKeys: new Set(extracted.map(keyOf)), projectSentences: new Set<string>() };
  return findLinks(target, indexLexicon(lexiconOf(...known)));
}

describe("the lexicon of a scope", () => {
  it("searches for each confirmed spelling and the core it resolves to", () => {
    const terms = lexiconOf("农家书屋工程").terms.map((t) => t.text);
    expect(terms).toEqual(["农家书屋", "农家书屋工程"]);
  });

  it("leaves out cores too short to be a name on their own", () => {
    expect(lexiconOf("希望工程").terms.map((t) => t.text)).toEqual(["希望工程"]);
  });

  it.each([["交通运输建设项目", "交通运输"], ["严格执行建设项目", "严格执行"], ["技术创新工程", "技术创新"]])(
    "does not search for the core of %s, which reads as a common phrase",
    (name, core) => {
      const terms = lexiconOf(name).terms.map((t) => t.text);
      expect(terms).toContain(name);
      expect(terms).not.toContain(core);
    },
  );

  it("adds a spelling without its leading place as a weak term, which a confirmed name beats", () => {
    expect(lexiconOf("北京正负电子对撞机").terms.map((t) => t.text)).toContain("正负电子对撞机");
    const both = lexiconOf("北京正负电子对撞机", "正负电子对撞机");
    expect(both.terms.find((t) => t.text === "正负电子对撞机")?.key).toBe(keyOf("正负电子对撞机"));
  });

  it("searches for a campaign's core even when a verb opens it, and for a core that is one place name", () => {
    expect(lexiconOf("扫黑除恶专项斗争").terms.map((t) => t.text)).toContain("扫黑除恶");
    expect(lexiconOf("民族独立斗争").terms.map((t) => t.text)).toEqual(["民族独立斗争"]);
    expect(lexiconOf("采取各种行动").terms.map((t) => t.text)).toEqual(["采取各种行动"]);
    expect(lexiconOf("南京机场三期").terms.map((t) => t.text)).toContain("南京机场");
    expect(lexiconOf("三江源生态保护").terms.map((t) => t.text)).toContain("三江源");
  });

  it("links the full spelling of a work to the node its shortened spelling made", () => {
    const terms = lexiconOf("南京禄口机场三期工程", "南京机场三期").terms;
    expect(terms).toContainEqual({ text: "南京禄口机场", key: keyOf("南京机场三期") });
    expect(terms).toContainEqual({ text: "南京禄口机场", key: keyOf("南京禄口机场三期工程") });
  });

  it("links one undertaking named under two designation words", () => {
    const terms = lexiconOf("知识产权金融生态综合试验区", "知识产权金融生态综合试点").terms;
    expect(terms.filter((t) => t.key !== keyOf(t.text))).toHaveLength(1);
  });

  it.each([
    [["地铁1号线", "地铁11号线"], "a number left out"],
    [["燕赵实验室", "燕赵材料实验室", "燕赵钢铁实验室"], "two longer names it could shorten"],
    [["南京北站", "南京北站综合枢纽"], "a name another one only extends"],
  ])("does not take %s for one work (%s)", (names) => {
    const lexicon = lexiconOf(...names);
    const own = new Set(names.flatMap((name) => lexiconOf(name).terms.map((t) => `${t.text}|${t.key}`)));
    expect(lexicon.terms.filter((t) => !own.has(`${t.text}|${t.key}`))).toEqual([]);
  });

  it("does not depend on the order names were confirmed in", () => {
    expect(lexiconOf("农家书屋工程", "南水北调中线工程", "雄安新区").hash).toBe(lexiconOf("雄安新区", "南水北调中线工程", "农家书屋工程").hash);
  });

  it("names the terms that changed between two lexicons", () => {
    expect(changedTerms(lexiconOf("农家书屋工程").terms, lexiconOf("农家书屋工程", "雄安新区").terms)).toEqual(["雄安新区"]);
  });
});

describe("linking known names in a report", () => {
  it.each([
    ["a core without its class word", "继续实施农家书屋，丰富农民文化生活。", ["农家书屋工程"], "农家书屋"],
    ["a quoted programme", "全面推进“互联网+”，打造数字经济新优势。", ["“互联网+”行动"], "互联网+"],
    ["a works named with one of its sections", "川藏铁路雅林段加快建设。", ["川藏铁路"], "川藏铁路"],
    ["a programme inside its three-year campaign", "稳步开展农村人居环境整治三年行动。", ["农村人居环境整治"], "农村人居环境整治"],
    ["a name in full-width letters", "建设ＡＢＣ产业园二期。", ["ABC产业园"], "ABC产业园"],
    ["a name written with quotes inside", "开展自然保护地“绿盾”行动。", ["自然保护地绿盾行动"], "自然保护地绿盾行动"],
    ["a name confirmed without quotes and written with them", "启动建设“天府森林四库”。", ["天府森林四库"], "天府森林四库"],
  ])("links %s", (_, text, known, name) => {
    const [link] = linksIn(text, known).rows;
    expect(link?.names).toEqual([name]);
    expect(link?.evidence[0]?.text).toBe(text);
  });

  it.each([
    ["an office named after the programme", "国家乡村振兴局牵头制定方案。", ["乡村振兴示范工程", "乡村振兴"]],
    ["a name that starts inside a word", "万达广场中心开业。", ["达广场中心"]],
    ["a node the report's own extraction already names", "建设农家书屋工程。", ["农家书屋工程"]],
    ["the tail of a longer name made with an attributive", "推进保障性安居工程建设。", ["国家安居工程"]],
  ])("does not link %s", (_, text, known) => {
    expect(linksIn(text, known, ["农家书屋工程"]).rows).toEqual([]);
  });

  it("keeps each mention's own sentence, offsets in the file, and status", () => {
    const text = "农家书屋建成投用。明年继续推进农家书屋。";
    const [link] = linksIn(text, ["农家书屋工程"]).rows;
    expect(link?.evidence.map((e) => [e.text, e.start, e.end])).toEqual([
      ["农家书屋建成投用。", 100, 109],
      ["明年继续推进农家书屋。", 109, 120],
    ]);
    expect(link?.status).toBe("completed");
  });

  it("keeps further sentences for a node the report names itself, not the one it already keeps", () => {
    const text = "农家书屋工程完成前期工作。今年开工建设农家书屋工程。";
    const target: LinkTarget = { id: "r", start: 0, text, sections: [], extractedKeys: new Set([keyOf("农家书屋工程")]), projectSentences: new Set([`${keyOf("农家书屋工程")}@0`]) };
    const { rows, sentences } = findLinks(target, indexLexicon(lexiconOf("农家书屋工程")));
    expect(rows).toEqual([]);
    expect(sentences.map((s) => [s.key, s.evidence.text])).toEqual([[keyOf("农家书屋工程"), "今年开工建设农家书屋工程。"]]);
  });

  it("folds width and Kangxi radical forms without moving offsets", () => {
    expect(foldText("ａｂ⼈民")).toBe("AB人民");
    expect(foldText("ａｂ⼈民")).toHaveLength(4);
  });
});

describe("a name without its leading place", () => {
  it("is not made from a word that names no one place", () => {
    expect(lexiconOf("城市高质量发展行动").terms.map((t) => t.text)).not.toContain("高质量发展");
  });
});

describe("nodes of one scope that name one undertaking", () => {
  const aliasesOf = (scope: string, ...names: Array<string | [string, string]>) =>
    buildLexicon(
      names.map((entry) => {
        const [name, sentence] = typeof entry === "string" ? [entry, undefined] : entry;
        return { name: name.replace(/[“”]/gu, ""), key: resolver.resolve("project", name, scope)!.key, sentences: sentence === undefined ? [] : [sentence] };
      }),
      resolver,
      scope,
    ).aliases;

  it("takes a line named with one core and two class words of a family for one works", () => {
    expect(aliasesOf(SCOPE, "沧榆高铁", "沧榆铁路")).toEqual([{ from: keyOf("沧榆高铁"), to: keyOf("沧榆铁路"), names: ["沧榆高铁"] }]);
    expect(aliasesOf(SCOPE, "沧榆高速公路", "沧榆快速路")).toHaveLength(1);
  });

  it.each([
    [NATIONAL_SCOPE, ["京沪铁路", "京沪高铁"], "the national series, whose decades hold an old line and a new one"],
    [SCOPE, ["沧榆高铁", "沧榆高速"], "a railway and a road"],
    [SCOPE, ["沧榆铁路", "沧榆二线铁路"], "a numeral in one core"],
    [SCOPE, ["城市快速路", "城市高速"], "a core that names no one place"],
  ])("keeps apart in %s %s (%s)", (scope, names) => {
    expect(aliasesOf(scope, ...names)).toEqual([]);
  });

  it("takes names built around one quoted core and ending in one class word for one programme", () => {
    const aliases = aliasesOf(
      SCOPE,
      ["财政资金“直通车”改革试点", "开展财政资金“直通车”改革试点。"],
      ["财政资金项目“直通车”试点", "获批财政资金项目“直通车”试点。"],
      ["“直通车”服务中心", "建设“直通车”服务中心。"],
    );
    expect(aliases).toEqual([{ from: keyOf("财政资金项目直通车试点"), to: keyOf("财政资金直通车改革试点"), names: ["财政资金项目直通车试点"] }]);
  });

  it("links a report that names one of them to the other, in the sentences it names the first in", () => {
    const lexicon = buildLexicon(confirmed("沧榆高铁", "沧榆铁路"), resolver, SCOPE);
    const text = "加快沧榆、石衡高铁建设。";
    const target: LinkTarget = { id: "r", start: 10, text, sections: [], extractedKeys: new Set([keyOf("沧榆高铁")]), projectSentences: new Set([`${keyOf("沧榆高铁")}@10`]) };
    const { rows } = findLinks(target, indexLexicon(lexicon));
    expect(rows.map((row) => [row.key, row.names, row.evidence.map((e) => e.text)])).toEqual([[keyOf("沧榆铁路"), ["沧榆高铁"], [text]]]);
  });
});

describe("terms a confirmed name adds", () => {
  it("adds a quoted name found only in quotes, from the sentence that wrote it", () => {
    const lexicon = buildLexicon([{ name: "稳外贸攻坚战", key: keyOf("“稳外贸”攻坚战"), sentences: ["打好“稳外贸”攻坚战。"] }], resolver, SCOPE);
    expect(lexicon.terms).toContainEqual({ text: "稳外贸", key: keyOf("“稳外贸”攻坚战"), quoted: true });
    const link = (text: string) => findLinks({ id: "r", start: 0, text, sections: [], extractedKeys: new Set(), projectSentences: new Set() }, indexLexicon(lexicon)).rows;
    expect(link("“稳外贸”成效明显。").map((row) => row.key)).toEqual([keyOf("“稳外贸”攻坚战")]);
    expect(link("稳外贸成效明显。")).toEqual([]);
  });

  it("adds a long core without its class or designation word, and without its leading place", () => {
    expect(lexiconOf("新材料新工艺首台套推广应用示范行动").terms.map((t) => t.text)).toContain("新材料新工艺首台套推广应用示范");
    expect(lexiconOf("徐州城乡要素双向流动改革试验区").terms.map((t) => t.text)).toContain("城乡要素双向流动改革");
    expect(lexiconOf("医疗器械全链条开放创新发展试点").terms.map((t) => t.text)).toContain("医疗器械全链条开放创新");
    expect(lexiconOf("营商环境提升工程").terms.map((t) => t.text)).not.toContain("营商环境提升");
  });

  it("finds a name written with a short aside in brackets", () => {
    const [link] = linksIn("加密中欧（亚）班列线路。", ["中欧班列"]).rows;
    expect(link?.key).toBe(keyOf("中欧班列"));
  });

  it("stores quoted terms in quotes and aliases after a mark, so a change relinks every report", () => {
    const entries = storedEntries(buildLexicon([...confirmed("沧榆高铁", "沧榆铁路"), { name: "稳外贸攻坚战", key: keyOf("稳外贸攻坚战"), sentences: ["打好“稳外贸”攻坚战。"] }], resolver, SCOPE));
    expect(entries.map((e) => e.text).filter((text) => /[^\p{Script=Han}]/u.test(text))).toEqual(["“稳外贸”", `→${keyOf("沧榆高铁")}`]);
  });
});
