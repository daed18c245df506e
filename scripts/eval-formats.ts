/**
 * `npm run eval:formats`: does a report read as well from a PDF or a Word file as from
 * its text? Renders every dev gold text the way offices publish it — printed to PDF by
 * Chromium (its default header and footer on) and by LibreOffice, and saved as .docx with
 * Word's automatic numbering for the headings — runs the shared scorer on each, and
 * prints the F1 of each format beside the text's. Formats whose converter is not
 * installed are skipped and named.
 *
 * `npm run eval:formats -- --fixtures` instead rewrites the printed fixtures in
 * fixtures/formats/printed/ from the texts there, with the same renderers.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from "docx";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const GOLD = path.resolve(ROOT, process.argv.find((arg, i) => i > 1 && !arg.startsWith("--")) ?? "../shared/eval/dev");
const SCORER = path.resolve(GOLD, "..", "score.mjs");
const FIXTURES = path.join(ROOT, "fixtures", "formats", "printed");

/** The first of these commands found on PATH. */
async function findCommand(names: readonly string[]): Promise<string | null> {
  for (const name of names) {
    try {
      await run("which", [name]);
      return name;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const paragraphsOf = (text: string): string[] => text.split(/\r?\n/).filter((line) => line.trim() !== "");

/** One paragraph a line, in a CJK font whose glyphs PDF text extraction maps to radicals when it can. */
function html(title: string, text: string): string {
  const body = paragraphsOf(text).map((line) => `<p>${escapeHtml(line)}</p>`).join("\n");
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 12pt; }</style>
</head><body>\n${body}\n</body></html>\n`;
}

async function chromiumPdf(chromium: string, name: string, text: string, dir: string): Promise<string> {
  const page = path.join(dir, `${name}.html`);
  const out = path.join(dir, `${name}.pdf`);
  await writeFile(page, html(name, text));
  await run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", `--print-to-pdf=${out}`, page], { timeout: 120_000 });
  return out;
}

/** LibreOffice opens a .txt one paragraph a line and prints it in its default page style. */
async function libreOfficePdfs(soffice: string, texts: ReadonlyMap<string, string>, dir: string): Promise<Map<string, string>> {
  const inputs: string[] = [];
  for (const [name, text] of texts) {
    const input = path.join(dir, `${name}.txt`);
    await writeFile(input, text);
    inputs.push(input);
  }
  const profile = path.join(dir, "lo-profile");
  await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf", "--outdir", dir, ...inputs], { timeout: 600_000 });
  return new Map([...texts.keys()].map((name) => [name, path.join(dir, `${name}.pdf`)]));
}

const CN = "一二三四五六七八九";

/** 一 → 1, 十二 → 12, 二十 → 20; NaN for anything else. */
function chineseNumber(text: string): number {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === "") return Number.NaN;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? CN.indexOf(tens) + 1 : Number.NaN;
  return (tens ? CN.indexOf(tens) + 1 : 1) * 10 + (ones ? CN.indexOf(ones) + 1 : 0);
}

/** Heading numbers Word writes for itself: 一、 （一） 1. （1）, one list level each. */
const LEVELS = [
  { pattern: /^([一二三四五六七八九十]{1,3})、/, value: chineseNumber, format: LevelFormat.CHINESE_COUNTING, text: "%1、" },
  { pattern: /^（([一二三四五六七八九十]{1,3})）/, value: chineseNumber, format: LevelFormat.CHINESE_COUNTING, text: "（%2）" },
  { pattern: /^(\d{1,2})\.(?![\d.%])/, value: Number, format: LevelFormat.DECIMAL, text: "%3." },
  { pattern: /^（(\d{1,2})）/, value: Number, format: LevelFormat.DECIMAL, text: "（%4）" },
] as const;

/**
 * A .docx whose heading numbers come from automatic numbering, not from the text: a
 * heading is a list paragraph when Word's counters would print exactly its number (a
 * list restarts where the text starts again at 1); any other line keeps its text.
 */
export function numberedDocx(text: string): Promise<Buffer> {
  let instance = 0;
  let counters = [0, 0, 0, 0];
  const children = paragraphsOf(text).map((line) => {
    for (const [level, spec] of LEVELS.entries()) {
      const match = spec.pattern.exec(line);
      if (!match) continue;
      const value = spec.value(match[1]!);
      if (value === 1 && counters[level] !== 0) {
        instance++;
        counters = [0, 0, 0, 0];
      }
      if (value !== counters[level]! + 1) break;
      counters = counters.map((count, i) => (i < level ? count : i === level ? value : 0));
      return new Paragraph({ children: [new TextRun(line.slice(match[0].length))], numbering: { reference: "headings", level, instance } });
    }
    return new Paragraph({ children: [new TextRun(line)] });
  });
  const levels = LEVELS.map((spec, level) => ({ level, format: spec.format, text: spec.text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING }));
  const doc = new Document({ creator: "GovKG", numbering: { config: [{ reference: "headings", levels }] }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

interface Gold {
  readonly source: string;
  readonly range?: readonly [number, number];
}

/** The annotated text of each gold file, by gold file name. */
async function goldTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of (await readdir(GOLD)).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(await readFile(path.join(GOLD, file), "utf8")) as Gold;
    const text = await readFile(path.resolve(GOLD, gold.source), "utf8");
    texts.set(path.basename(file, ".json"), gold.range ? text.slice(gold.range[0], gold.range[1]) : text);
  }
  return texts;
}

interface Scores {
  readonly f1: Record<string, number>;
  readonly meta: Record<string, string>;
}

/** Runs the shared scorer on gold files that point at the rendered files instead of the texts. */
async function score(format: string, files: ReadonlyMap<string, string>, dir: string): Promise<Scores> {
  const goldDir = path.join(dir, `gold-${format}`);
  await mkdir(goldDir, { recursive: true });
  for (const [name, file] of files) {
    const gold = JSON.parse(await readFile(path.join(GOLD, `${name}.json`), "utf8")) as Record<string, unknown>;
    delete gold.range;
    await writeFile(path.join(goldDir, `${name}.json`), JSON.stringify({ ...gold, source: file }));
  }
  const cmd = `node ${JSON.stringify(path.join(ROOT, "bin", "govkg.mjs"))} extract {file} --json`;
  const { stdout } = await run("node", [SCORER, goldDir, "--cmd", cmd], { cwd: ROOT, maxBuffer: 1 << 26 });
  const f1: Record<string, number> = {};
  const meta: Record<string, string> = {};
  for (const line of stdout.split("\n")) {
    const type = /^(indicators|projects|departments|problems)\s+[\d.]+\s+[\d.]+\s+([\d.]+)/.exec(line);
    if (type) f1[type[1]!] = Number(type[2]);
    const field = /^meta (\w+)\s+(\d+\/\d+)/.exec(line);
    if (field) meta[field[1]!] = field[2]!;
    if (/extraction failed/.test(line)) process.stderr.write(`${format}: ${line}\n`);
  }
  return { f1, meta };
}

const TYPES = ["indicators", "projects", "departments", "problems"] as const;
const META = ["year", "period", "kind", "issuer", "region"] as const;

function printTable(results: ReadonlyMap<string, Scores>): boolean {
  const text = results.get("txt")!;
  const header = ["format", ...TYPES, ...META.map((field) => `meta ${field}`)];
  const rows = [...results].map(([format, scores]) => [
    format,
    ...TYPES.map((type) => {
      const value = scores.f1[type] ?? 0;
      const delta = value - (text.f1[type] ?? 0);
      return format === "txt" ? value.toFixed(3) : `${value.toFixed(3)} (${delta >= 0 ? "+" : ""}${delta.toFixed(3)})`;
    }),
    ...META.map((field) => scores.meta[field] ?? "-"),
  ]);
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  const passes = [...results].every(([, scores]) =>
    TYPES.every((type) => Math.abs((scores.f1[type] ?? 0) - (text.f1[type] ?? 0)) <= 0.02) && META.every((field) => scores.meta[field] === text.meta[field]),
  );
  console.log(`\nevery type within 0.02 of the text F1 and metadata identical: ${passes ? "yes" : "no"}`);
  return passes;
}

async function evaluate(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "govkg-formats-"));
  try {
    const texts = await goldTexts();
    const formats = new Map<string, Map<string, string>>();
    const txtDir = path.join(dir, "txt");
    await mkdir(txtDir);
    const plain = new Map<string, string>();
    for (const [name, text] of texts) {
      plain.set(name, path.join(txtDir, `${name}.txt`));
      await writeFile(plain.get(name)!, text);
    }
    formats.set("txt", plain);
    const chromium = await findCommand(["chromium", "chromium-browser", "google-chrome"]);
    const soffice = await findCommand(["soffice", "libreoffice"]);
    if (chromium) {
      const out = path.join(dir, "chromium");
      await mkdir(out);
      const files = new Map<string, string>();
      for (const [name, text] of texts) files.set(name, await chromiumPdf(chromium, name, text, out));
      formats.set("pdf (Chromium)", files);
    } else process.stderr.write("skipped pdf (Chromium): no chromium on PATH\n");
    if (soffice) {
      const out = path.join(dir, "libreoffice");
      await mkdir(out);
      formats.set("pdf (LibreOffice)", await libreOfficePdfs(soffice, texts, out));
    } else process.stderr.write("skipped pdf (LibreOffice): no soffice on PATH\n");
    const docxDir = path.join(dir, "docx");
    await mkdir(docxDir);
    const docx = new Map<string, string>();
    for (const [name, text] of texts) {
      docx.set(name, path.join(docxDir, `${name}.docx`));
      await writeFile(docx.get(name)!, await numberedDocx(text));
    }
    formats.set("docx (auto numbering)", docx);
    const scored = await Promise.all([...formats].map(async ([format, files]) => [format, await score(format, files, dir)] as const));
    printTable(new Map(scored));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Rewrites fixtures/formats/printed/: each NAME.txt printed by Chromium and LibreOffice, and as a numbered .docx. */
async function writeFixtures(): Promise<void> {
  const chromium = await findCommand(["chromium", "chromium-browser", "google-chrome"]);
  const soffice = await findCommand(["soffice", "libreoffice"]);
  if (!chromium || !soffice) throw new Error("--fixtures needs chromium and soffice on PATH");
  const texts = new Map<string, string>();
  for (const file of (await readdir(FIXTURES)).filter((f) => f.endsWith(".txt")).sort()) {
    texts.set(path.basename(file, ".txt"), await readFile(path.join(FIXTURES, file), "utf8"));
  }
  const dir = await mkdtemp(path.join(tmpdir(), "govkg-fixtures-"));
  try {
    await mkdir(path.join(dir, "libreoffice"));
    await mkdir(path.join(dir, "chromium"));
    const printed = await libreOfficePdfs(soffice, texts, path.join(dir, "libreoffice"));
    for (const [name, text] of texts) {
      await writeFile(path.join(FIXTURES, `${name}.chromium.pdf`), await readFile(await chromiumPdf(chromium, name, text, path.join(dir, "chromium"))));
      await writeFile(path.join(FIXTURES, `${name}.libreoffice.pdf`), await readFile(printed.get(name)!));
      await writeFile(path.join(FIXTURES, `${name}.numbered.docx`), await numberedDocx(text));
    }
    console.log(`wrote ${texts.size * 3} fixtures to fixtures/formats/printed`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (!existsSync(SCORER) && !process.argv.includes("--fixtures")) throw new Error(`no scorer at ${SCORER}`);
await (process.argv.includes("--fixtures") ? writeFixtures() : evaluate());
