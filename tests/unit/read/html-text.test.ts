import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/read/html-text.ts";
import { declaredCharset } from "../../../src/read/read-html.ts";

describe("htmlToText", () => {
  it("joins CJK lines broken in the source and keeps spaces between Latin words", () => {
    expect(htmlToText("<p>完成地区生产\n    总值550亿元</p><p>GDP\n  grew</p>")).toBe("完成地区生产总值550亿元\nGDP grew");
  });

  it("breaks lines at blocks and <br>, decodes entities, keeps the line breaks of <pre>", () => {
    const html = "<div>一、总体情况<br>二、主要工作</div><p>A&amp;B&nbsp;&lt;C&gt;</p><pre>第一行\n  第二行</pre>";
    expect(htmlToText(html)).toBe("一、总体情况\n二、主要工作\nA&B\u00a0<C>\n第一行\n第二行");
  });

  it("drops chrome by role, class, id and hidden attributes", () => {
    const html = `<div role="navigation">导航</div><div id="breadcrumb">面包屑</div><div class="main-menu">菜单</div>
      <div hidden>隐藏</div><span aria-hidden="true">图标</span><div class="article">正文</div>`;
    expect(htmlToText(html)).toBe("正文");
  });

  it("keeps the header of an article but not the header of the page", () => {
    const html = "<header>网站名称</header><main><article><header><h1>政府工作报告</h1></header><p>正文</p></article></main>";
    expect(htmlToText(html)).toBe("政府工作报告\n正文");
  });

  it("puts table cells of a row on one line", () => {
    expect(htmlToText("<table><tr><td>指标</td><td>数值</td></tr><tr><td>GDP</td><td>550亿元</td></tr></table>")).toBe("指标 数值\nGDP 550亿元");
  });

  it("survives nesting deeper than the call stack", () => {
    const depth = 20_000;
    expect(htmlToText(`${"<div>".repeat(depth)}深处${"</div>".repeat(depth)}`)).toBe("深处");
  });

  it("finds the declared charset in either meta form", () => {
    expect(declaredCharset(Buffer.from('<meta charset="GBK">'))).toBe("GBK");
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe("gb2312");
    expect(declaredCharset(Buffer.from("<p>no meta</p>"))).toBeUndefined();
  });
});
