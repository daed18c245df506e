/**
 * Regenerates fixtures/formats/ from fixtures/formats/source.txt: the same report text in
 * every encoding and format GovKG reads, plus the malformed inputs the readers must
 * reject. Run with `node --import tsx scripts/make-format-fixtures.ts`. The PDFs need a
 * font with CJK glyphs (fonts-wqy-microhei or fonts-noto-cjk); pdfkit embeds a subset.
 * The docx package stamps the current time into .docx files, so those differ byte-wise
 * on every run while their text stays the same.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";

const DIR = join(import.meta.dirname, "..", "fixtures", "formats");
const BAD = join(DIR, "bad");
/** Fixed so regenerating does not change the PDF metadata. */
const CREATED = new Date("2024-01-01T00:00:00Z");

/** Collections (.ttc) need the PostScript name of the face to embed. */
function cjkFont(): { path: string; postscriptName: string } {
  const candidates = [
    { path: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", postscriptName: "WenQuanYiMicroHei" },
    { path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", postscriptName: "NotoSansCJKsc-Regular" },
  ];
  const found = candidates.find((font) => existsSync(font.path));
  if (found) return found;
  const listed = execFileSync("fc-list", [":lang=zh", "file", "postscriptname"], { encoding: "utf8" }).split("\n")[0] ?? "";
  const [path, postscriptName] = listed.split(":").map((part) => part.trim().replace(/^postscriptname=/, ""));
  if (!path || !postscriptName) throw new Error("No font with CJK glyphs; install fonts-wqy-microhei or fonts-noto-cjk");
  return { path, postscriptName };
}

function pdfBuffer(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { CreationDate: CREATED, ModDate: CREATED }, ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** The last paragraph goes on a second page, and every page carries a `- N -` footer, as printed reports do. */
function sourcePdf(lines: readonly string[]): Promise<Buffer> {
  const font = cjkFont();
  return pdfBuffer(
    (doc) => {
      doc.registerFont("cjk", font.path, font.postscriptName);
      doc.font("cjk").fontSize(11);
      lines.forEach((line, i) => {
        if (i === lines.length - 1) doc.addPage();
        doc.text(line, { lineGap: 4, paragraphGap: 6 });
      });
      const range = doc.bufferedPageRange();
      for (let page = range.start; page < range.start + range.count; page++) {
        doc.switchToPage(page);
        // Text below the bottom margin would start a new page instead of a footer.
        doc.page.margins.bottom = 0;
        doc.text(`- ${page + 1} -`, 0, doc.page.height - 40, { width: doc.page.width, align: "center", lineBreak: false });
      }
    },
    { bufferPages: true },
  );
}

/** A scanned page: graphics only, no text operators. */
const imageOnlyPdf = (): Promise<Buffer> =>
  pdfBuffer((doc) => {
    doc.rect(100, 100, 300, 200).fill("#888888");
  });

/** Opening it needs the password; pdfkit encrypts with AES-256 at PDF 1.7ext3. */
const passwordPdf = (): Promise<Buffer> =>
  pdfBuffer(
    (doc) => {
      doc.text("Annual report");
    },
    { userPassword: "secret", ownerPassword: "owner", pdfVersion: "1.7ext3" },
  );

function sourceDocx(lines: readonly string[]): Promise<Buffer> {
  const doc = new Document({
    creator: "GovKG fixtures",
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return Packer.toBuffer(doc);
}

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A government portal page: the report between menus, crumbs, scripts and a footer. */
function sourceHtml(lines: readonly string[], charset: string): string {
  const [title = "", ...body] = lines;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(title)}_万州区人民政府</title>
<style>.nav { color: red; } /* 样式不是正文 */</style>
<script>var tip = "脚本里的文字不是正文"; if (1 < 2) { document.title += ""; }</script>
</head>
<body>
<header><div class="logo">重庆市万州区人民政府 网站标题</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="content">
<h1>${escapeHtml(title)}</h1>
${body.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n")}
<script type="text/javascript">document.write("写入的脚本文字");</script>
<noscript>请启用脚本</noscript>
</div>
<aside><h3>相关链接</h3><a href="#">国务院</a></aside>
<div class="share-bar">分享到：微信 微博</div>
<footer><p>版权所有：重庆市万州区人民政府办公室 &copy; 2023</p></footer>
</body>
</html>
`;
}

/** Just enough of a compound file for the signature and the stream names Word writes when it encrypts a .docx. */
function oleFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  header.writeUInt16LE(9, 30); // sector shift
  const directory = Buffer.alloc(512);
  ["Root Entry", ...streams].forEach((name, i) => {
    const entry = i * 128;
    directory.write(name, entry, "utf16le");
    directory.writeUInt16LE((name.length + 1) * 2, entry + 64);
    directory[entry + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, directory]);
}

/** Deterministic bytes that look like an image or archive: NULs and control codes. */
function binaryBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 23;
  }
  return bytes;
}

async function main(): Promise<void> {
  const source = await readFile(join(DIR, "source.txt"), "utf8");
  const lines = source.split("\n").filter((line) => line.trim() !== "");
  const gbk = iconv.encode(source, "gbk");
  if (iconv.decode(gbk, "gbk") !== source) throw new Error("source.txt has characters GBK cannot encode");
  await mkdir(BAD, { recursive: true });
  const files: Record<string, Buffer | string> = {
    "source-gbk.txt": gbk,
    "source-utf8-bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source, "utf8")]),
    "source-utf16le.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, "utf16le")]),
    "source-utf16be.txt": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(source, "utf16le").swap16()]),
    "source.md": source,
    "source.docx": await sourceDocx(lines),
    "source.pdf": await sourcePdf(lines),
    "source.html": sourceHtml(lines, "utf-8"),
    "source-gbk.html": iconv.encode(sourceHtml(lines, "gb2312"), "gbk"),
    "bad/empty.txt": "",
    "bad/whitespace.txt": " \n\t\n　\n",
    "bad/binary.txt": binaryBytes(4096),
    "bad/truncated.docx": (await sourceDocx(lines)).subarray(0, 3000),
    "bad/encrypted.docx": oleFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
    "bad/legacy-doc.docx": oleFile(["WordDocument", "1Table", "\u0005SummaryInformation"]),
    "bad/no-text.pdf": await imageOnlyPdf(),
    "bad/encrypted.pdf": await passwordPdf(),
    "bad/truncated.pdf": (await sourcePdf(lines)).subarray(0, 1500),
    "bad/no-text.html": "<html><head><title>标题</title><script>var a = 1;</script></head><body><nav>首页</nav></body></html>",
    "bad/report.xyz": source,
    "bad/mixed-encoding.txt": Buffer.concat([
      Buffer.from(lines.slice(0, 3).join("\n") + "\n", "utf8"),
      iconv.encode(lines.slice(3).join("\n") + "\n", "gbk"),
    ]),
    "bad/latin1.txt": iconv.encode("Rapport annuel : la croissance a été de 5 % ; les dépenses ont baissé.\n", "latin1"),
    "bad/invalid-sidecar.txt": source,
    "bad/invalid-sidecar.meta.json": JSON.stringify({ year: "二〇二三", period: "Q3", author: "x" }, null, 2) + "\n",
    "odd/emoji-controls.txt": "上半年完成地区生产总值５ ５０亿元\u0007，同比增长１２．\n５％😀。\r\n\u200b新增企业2998家\u000c🎉\n",
    "odd/with-sidecar.txt": lines.slice(0, 4).join("\n") + "\n",
    "odd/with-sidecar.meta.json": JSON.stringify({ year: 2023, period: "H1", region: "万州区" }, null, 2) + "\n",
  };
  await mkdir(join(DIR, "odd"), { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(DIR, name), content);
  console.log(`wrote ${Object.keys(files).length} fixtures to fixtures/formats`);
}

await main();
