import { describe, expect, it } from "vitest";
import { findDepartments } from "../../../../src/extract/departments/index.ts";

const names = (text: string): string[] => findDepartments(text).map((m) => m.name);

describe("findDepartments accepts public bodies", () => {
  it.each([
    ["在县委、县政府的坚强领导下", ["县委", "县政府"]],
    ["区人大、区政协给予大力支持", ["区人大", "区政协"]],
    ["市发改委牵头编制规划", ["市发改委"]],
    ["县住建局、人社局、市场监管局联合检查", ["县住建局", "人社局", "市场监管局"]],
    ["由区生态环境局负责", ["区生态环境局"]],
    ["省财政厅下达资金", ["省财政厅"]],
    ["成立项目建设领导小组", ["项目建设领导小组"]],
    ["街道党工委、办事处认真落实", ["街道党工委", "办事处"]],
    ["依托区政务服务中心", ["区政务服务中心"]],
    ["经国务院批准", ["国务院"]],
    ["在党中央坚强领导下", ["党中央"]],
    ["财政部、教育部联合发文", ["财政部", "教育部"]],
    ["县政府办公室牵头", ["县政府办公室"]],
    ["发挥工会、共青团、妇联作用", ["工会", "共青团", "妇联"]],
    ["向驻区解放军、武警和消防官兵致敬", ["驻区解放军", "武警", "消防官兵"]],
    ["成立区慈善总会", ["区慈善总会"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("takes the place and party marks in front of a body", () => {
    expect(names("中共江宁区委、江宁区政府印发意见")).toEqual(["中共江宁区委", "江宁区政府"]);
  });

  it("keeps a place whose name ends in a level character whole", () => {
    expect(names("万州区政府、贵州省政府")).toEqual(["万州区政府", "贵州省政府"]);
  });

  it("takes a session number with the congress", () => {
    expect(names("在湖南省第十四届人民代表大会第三次会议上")).toEqual(["湖南省第十四届人民代表大会"]);
  });
});

describe("findDepartments rejects what is not a body", () => {
  it.each([
    ["我局认真贯彻落实", "self reference"],
    ["我办(局)全力以赴", "self reference"],
    ["各部门要加强协作", "generic mention"],
    ["有关部门要加强协作", "generic mention"],
    ["服务构建新发展格局", "word ending in 局"],
    ["认真部署各项工作", "word starting with 部"],
    ["及时办理群众诉求", "verb 办理"],
    ["所有社区卫生服务中心完成改造", "facility without a level"],
    ["XX局高度重视", "placeholder"],
    ["各市县政府要落实责任", "a pair of levels is every such government"],
    ["建设街道乡镇区域养老服务中心", "service network"],
    ["乡镇文化站全覆盖", "facility in every township"],
  ])("%s (%s)", (text) => {
    expect(names(text)).toEqual([]);
  });
});
