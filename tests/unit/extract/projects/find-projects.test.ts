import { describe, expect, it } from "vitest";
import { findProjects } from "../../../../src/extract/projects/index.ts";

const names = (text: string): string[] => findProjects(text).mentions.map((m) => m.name);

describe("findProjects accepts named undertakings", () => {
  it.each([
    ["加快建设临江大道快速路", "临江大道快速路", "facility"],
    ["启动建设青石湖湿地公园", "青石湖湿地公园", "facility"],
    ["全面推进梧桐山隧道建设", "梧桐山隧道", "facility"],
    ["年产10万吨新型建材项目竣工投产", "年产10万吨新型建材项目", "construction"],
    ["实施“银发暖心”养老工程", "“银发暖心”养老工程", "construction"],
    ["推进老城区雨污分流改造工程", "老城区雨污分流改造工程", "construction"],
    ["滨江软件园二期开工", "滨江软件园二期", "construction"],
    ["积极创建国家全域旅游示范区", "国家全域旅游示范区", "zone"],
    ["深入实施农村人居环境整治提升行动", "农村人居环境整治提升行动", "programme"],
    ["开展社区养老服务改革试点", "社区养老服务改革试点", "programme"],
    ["打好碧水保卫战", "碧水保卫战", "programme"],
    ["争取外贸企业出口信用补助资金", "外贸企业出口信用补助资金", "programme"],
    ["大力实施消费品以旧换新", "消费品以旧换新", "programme"],
    ["鼓励实施住房“以旧换新”", "住房“以旧换新”", "programme"],
    ["深入开展“清源护网”专项治理", "“清源护网”专项治理", "programme"],
    ["深化电动自行车等6个“一件事”全链条治理", "“一件事”全链条治理", "programme"],
    ["做大做强临港物流园", "临港物流园", "zone"],
    ["建强用好钟山系列实验室", "钟山系列实验室", "facility"],
    ["加快建设滨湖科创生态岛和5个分岛", "滨湖科创生态岛", "zone"],
    ["首批4家之江实验室实体化运行", "之江实验室", "facility"],
  ] as const)("%s → %s", (text, name, kind) => {
    const found = findProjects(text).mentions;
    expect(found.map((m) => m.name)).toContain(name);
    expect(found.find((m) => m.name === name)?.kind).toBe(kind);
  });

  it("takes every item an enumeration counts as projects", () => {
    expect(names("云杉化纤、北岭物流仓储等12个重点项目开工建设")).toEqual(["云杉化纤", "北岭物流仓储"]);
  });

  it("takes list siblings of a named work", () => {
    expect(names("松岭高速、岚溪大桥全线通车")).toEqual(["松岭高速", "岚溪大桥"]);
  });

  it.each([
    ["加快沿江至白沙、青溪至石门等高速公路建设", ["沿江至白沙", "青溪至石门"]],
    ["推进乌江双河口、澜沧江古桥等大型水电站建设", ["乌江双河口", "澜沧江古桥"]],
    ["开展外贸企业出海拓市场等专项行动", ["外贸企业出海拓市场"]],
    ["开工建设滨海新机场和东山至西岭、南港至北岭等高速公路", ["滨海新机场", "东山至西岭", "南港至北岭"]],
  ])("takes the items a list of works or actions counts: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["加快松川、柳岭高铁和石峡铁路建设", ["松川高铁", "柳岭高铁", "石峡铁路"]],
    ["支持黄龙山、青溪、云台湖实验室建设", ["黄龙山实验室", "青溪实验室", "云台湖实验室"]],
    ["黄龙山、青溪、云台湖等实验室加快建设", ["黄龙山实验室", "青溪实验室", "云台湖实验室"]],
    ["白龙潭、黑石、青山水库等重大水利工程启动建设", ["白龙潭水库", "黑石水库", "青山水库"]],
  ])("names bare list items with the class word a later item carries: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["推动物流园区、工矿企业、港口码头接入铁路专用线", "工矿企业码头"],
    ["中国能建、中联云港等数据算力项目", "中国能建港"],
    ["支持综合保税区、保税物流中心（B型）等建设", "保税物流中心"],
  ])("shares no class word with common nouns or one-character classes, nor rescues a class: %s", (text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it.each([
    ["深入实施茶产业振兴、畜牧业提质增效行动", ["茶产业振兴", "畜牧业提质增效行动"]],
    ["实施科技型企业首贷破冰、信用贷扩面行动", ["科技型企业首贷破冰", "信用贷扩面行动"]],
  ])("takes each programme a launching verb governs: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["实施“智慧农机”“数字农田”行动", ["“智慧农机”", "“数字农田”行动"]],
    ["首开“陇海欧”“湘粤非”班列", ["“陇海欧”", "“湘粤非”班列"]],
    ["推进临港综合服务中心和北湖科创中心建设", ["临港综合服务中心", "北湖科创中心"]],
    ["建设东湖航空港区与南岭自贸片区", ["东湖航空港区", "南岭自贸片区"]],
  ])("separates names run together before one suffix: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("does not split a list of plain nouns that names one plan", () => {
    expect(names("深入实施基础教育、职业教育、高等教育三年行动计划")).not.toContain("职业教育");
  });

  it.each([
    ["稳步推进城区“油改气”“煤改电”", ["“油改气”", "“煤改电”"]],
    ["推进大宗货物“公转铁”", ["“公转铁”"]],
    ["在全市率先试点“养老积分”", ["“养老积分”"]],
    ["“云品出滇”活动签约金额超过80亿元", ["“云品出滇”活动"]],
    ["开展诚信经营示范街区创建行动", ["诚信经营示范街区创建行动"]],
    ["持续开展打私禁毒斗争", ["打私禁毒斗争"]],
    ["加快“双一流”建设", ["“双一流”"]],
    ["深化张家口首都“两区”建设", ["张家口首都“两区”"]],
    ["启动建设“天府森林四库”", ["“天府森林四库”"]],
    ["持续打造新时代更高水平“天府粮仓”", ["“天府粮仓”"]],
    ["要实施“中国制造2025”", ["“中国制造2025”"]],
    ["继续实施家电下乡和以旧换新政策", ["家电下乡"]],
    ["扎实开展长江大保护", ["长江大保护"]],
    ["坚定实施长江十年禁渔", ["长江十年禁渔"]],
    ["深入推动新一轮太湖综合治理", ["太湖综合治理"]],
    ["吴淞江整治加快实施", ["吴淞江整治"]],
    ["坚持实施一揽子计划", ["一揽子计划"]],
    ["加强三江源生态保护", ["三江源生态保护"]],
    ["推进全国新增千亿斤粮食生产能力建设", ["千亿斤粮食生产能力建设"]],
  ])("finds programmes named without a class word or by their action: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("finds campaigns named after their area", () => {
    expect(names("深入推进平安江西建设")).toEqual(["平安江西"]);
    expect(names("加快建设健康江苏")).toEqual(["健康江苏"]);
  });

  it("keeps the longest reading where two suffixes overlap", () => {
    expect(names("完成省级蔬菜生产基地建设项目验收")).toEqual(["省级蔬菜生产基地建设项目"]);
  });
});

describe("findProjects rejects what is not a trackable project", () => {
  it.each([
    ["加强基础设施建设", "generic activity"],
    ["新建项目2个", "count of unnamed projects"],
    ["全年实施重点项目56个", "class of projects"],
    ["推进民生工程", "class of projects"],
    ["重大水利工程全部完工", "class of projects"],
    ["XXX项目正在进行主体施工", "placeholder"],
    ["办好第十届中国农产品交易会", "event"],
    ["成功创建全国文明城市", "honour"],
    ["构建“一核两翼三区”发展格局", "slogan"],
    ["实施区域协调发展战略", "strategy"],
    ["全面推行河长制", "system"],
    ["引进青松科技有限公司", "organisation"],
    ["依托区政务服务中心", "department"],
    ["实干家、行动派", "word inside another"],
    ["按计划推进", "verb use of 计划"],
    ["新开工10项省重点建设工程", "counted class"],
    ["打造“一园两带三区”", "numbered slogan"],
    ["审议国民经济和社会发展计划", "the plan document itself"],
    ["支持香港融入国家发展大局", "place, not a port"],
    ["推进省内重点景区提质", "class of sites"],
    ["到位资金33亿元", "money, not a fund"],
    ["打击欺诈骗取医保基金行为", "insurance account"],
    ["推出40余个文艺项目", "counted class"],
    ["提高医疗保险统筹基金使用效率", "insurance account"],
    ["坚持“澳人治澳”、高度自治", "governing principle"],
    ["坚持“港人治港”", "quoted governing principle"],
    ["落实“爱国者治港”、“爱国者治澳”原则", "governing principle of who governs"],
    ["全面准确贯彻“一国两制”方针", "governing principle"],
    ["坚决反对搞形象工程和政绩工程", "judgement of works"],
    ["扩大对外承包工程", "a trade"],
    ["执行国民经济计划", "the plan document itself"],
    ["建成社区日间照料中心86个", "counted class"],
    ["推进“费改税”", "fiscal reform, not a conversion works"],
    ["组织干部下乡", "people sent to the countryside, not a programme"],
    ["京津推进“六链五群”建设", "numbered layout"],
    ["加强社会治安综合治理", "a field put in order, not a named place's programme"],
    ["开展安全生产专项整治", "a field put in order, not a named place's programme"],
    ["加强农村生态保护", "a field protected, not a named place's programme"],
    ["加强重要江河湖库生态保护治理", "a class of waters, not one place"],
    ["加强防灾减灾能力建设", "capacity built without a counted target"],
    ["同违法行为作坚决斗争", "verb phrase, not a campaign"],
    ["引导资金和人才进入高新区", "action before a zone's class word"],
    ["新建8个农村物流服务中心", "counted class"],
    ["力促一批康养旅游项目落地", "a batch of unnamed projects"],
    ["青龙峡景区成功创建国家4A级旅游景区", "site named for an honour"],
    ["3家博物馆创成国家二级博物馆", "grade awarded"],
    ["推进合资企业和建设项目", "last conjunct is a class"],
    ["引进百货店和购物中心", "two common words joined"],
    ["实现县城与市区高铁半小时通达", "a connection between classes of places"],
    ["XXXX项目二期工程正在进行主体施工", "class word opening a name"],
    ["深入实施质量提升、品牌培育、标准引领三大工程", "parts of a counted set"],
    ["建设具有全国影响力的改革开放新高地", "a position to take"],
    ["支持南充—达州省域经济副中心建设", "a position to take"],
    ["加快建设具有世界聚合力的双向开放枢纽", "a position to take"],
    ["统筹谋划事关全局的重大战略任务", "a task"],
    ["打造省级和美乡村重点片区", "a class of places"],
    ["深化紧密型县域医共体建设", "a class of health alliances"],
    ["实施对口支援协作项目8000多个", "counted class"],
    ["推进京东方、沃尔沃等重大产业项目", "companies standing for their investments"],
    ["兑现以旧换新补贴169亿元", "the trade-in named by its verb alone"],
    ["开展安全生产领域专项治理", "a field put in order, without a quoted name"],
    ["实施3个“两重”项目", "a count of works stays a count with a quoted name"],
    ["推广“线上服务+线下生态岛”模式", "a quoted way of working"],
    ["28家全国重点实验室完成优化重组", "counted laboratories of a level"],
    ["建成10个联合实验室", "counted laboratories of a kind"],
  ])("%s (%s)", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("drops list numbering in front of a name", () => {
    expect(names("3.实施“云上田园”工程")).toEqual(["“云上田园”工程"]);
  });

  it("keeps a quoted name made of common words", () => {
    expect(names("推广“百村千户”工程经验")).toEqual(["“百村千户”工程"]);
  });

  it("takes the proper name after 和 when both conjuncts end in the suffix", () => {
    expect(names("推进一期和蓝溪坳水库建设")).toEqual(["蓝溪坳水库"]);
  });

  it("takes the works before 等, not the class after it", () => {
    expect(names("建成松江大桥等过江通道")).toEqual(["松江大桥"]);
  });

  it("keeps 和 inside a word", () => {
    expect(names("建设和美乡村示范区")).toEqual(["和美乡村示范区"]);
  });

  it("does not take a lone city from a list", () => {
    expect(names("青石湖湿地公园、宁波")).toEqual(["青石湖湿地公园"]);
  });

  it("survives clauses made of list marks alone", () => {
    expect(names("《春山》、《远方》等一批佳作引发共鸣")).toEqual([]);
  });

  it("reports placeholder names so they can be diagnosed", () => {
    const { rejected } = findProjects("XXXX产业园建设加快");
    expect(rejected.some((r) => r.reason === "placeholder" || r.reason === "generic")).toBe(true);
  });
});
