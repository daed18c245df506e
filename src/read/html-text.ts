import { HTMLElement, NodeType, parse, type Node, type TextNode } from "node-html-parser";

/** Elements that never hold report text. */
const DROPPED = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
  "iframe", "form", "button", "select", "svg", "canvas", "head", "object", "embed",
]);

const BLOCK = new Set([
  "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "li", "main",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

const CELL = new Set(["td", "th"]);

/** Class or id words that government portals use for menus, crumbs, share bars and footers. */
const CHROME_NAME =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|position|footer|foot|sidebar|share|copyright|toolbar|topbar|skip|ads?|advert\w*|banner|login|search)([\s_-]|$)/i;
const CHROME_ROLE = /^(navigation|banner|contentinfo|complementary|search|menu|menubar)$/i;

function isChrome(element: HTMLElement): boolean {
  if (element.getAttribute("hidden") !== undefined || element.getAttribute("aria-hidden") === "true") return true;
  const role = element.getAttribute("role");
  if (role !== undefined && CHROME_ROLE.test(role)) return true;
  return CHROME_NAME.test(element.getAttribute("class") ?? "") || CHROME_NAME.test(element.getAttribute("id") ?? "");
}

const CJK = "\\u3000-\\u9fff\\uff00-\\uffef";
/** A line break in HTML source between two CJK characters is not a space when rendered. */
const CJK_SEGMENT_BREAK = new RegExp(`([${CJK}])[ \\t\\r\\f]*\\n\\s*(?=[${CJK}])`, "g");

function inlineText(raw: string): string {
  return raw.replace(CJK_SEGMENT_BREAK, "$1").replace(/[ \t\r\n\f]+/g, " ");
}

const BREAK = "\n";

/** Elements whose extent changes how their descendants are read. */
type Scope = "pre" | "article";
type Entry = Node | typeof BREAK | { readonly leave: Scope };

const ARTICLE = new Set(["article", "main"]);

/**
 * Visible text of a page with one line per block, without page chrome. A <header> is
 * chrome on the page but the title block inside an <article> or <main>. The walk uses an
 * explicit stack because real pages nest deeper than the call stack allows.
 */
export function htmlToText(html: string): string {
  // The parser keeps doctypes and XML declarations as text; they are markup, not content.
  const markup = html.replace(/<![a-z][^>]*>|<\?[^>]*\?>/gi, "");
  const root = parse(markup, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  const parts: string[] = [];
  const stack: Entry[] = [root];
  const depth: Record<Scope, number> = { pre: 0, article: 0 };
  const enter = (scope: Scope): void => {
    depth[scope]++;
    stack.push({ leave: scope });
  };
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (entry === BREAK) {
      parts.push(BREAK);
      continue;
    }
    if ("leave" in entry) {
      depth[entry.leave]--;
      continue;
    }
    if (entry.nodeType === NodeType.TEXT_NODE) {
      const text = (entry as TextNode).text;
      parts.push(depth.pre > 0 ? text : inlineText(text));
      continue;
    }
    if (!(entry instanceof HTMLElement)) continue;
    const tag = entry.rawTagName?.toLowerCase() ?? "";
    const articleHeader = tag === "header" && depth.article > 0;
    if ((DROPPED.has(tag) && !articleHeader) || isChrome(entry)) continue;
    if (tag === "br") {
      parts.push(BREAK);
      continue;
    }
    if (BLOCK.has(tag) || articleHeader) {
      parts.push(BREAK);
      stack.push(BREAK);
    }
    if (CELL.has(tag)) parts.push(" ");
    if (tag === "pre") enter("pre");
    if (ARTICLE.has(tag)) enter("article");
    for (let i = entry.childNodes.length - 1; i >= 0; i--) stack.push(entry.childNodes[i]!);
  }
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}
