import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import { withoutFurniture } from "./pdf-furniture.ts";
import { pageLines, type PdfLine, type PlacedText } from "./pdf-lines.ts";
import { paragraphs } from "./pdf-paragraphs.ts";
import { failure, success, type FormatOutcome } from "./outcome.ts";

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is large, so it loads on the first PDF only. Its worker module is handed over
 * up front so parsing runs in this thread instead of spawning a worker.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}

const packageRoot = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

interface RawItem {
  readonly str?: string;
  readonly transform?: number[];
  readonly width?: number;
  readonly height?: number;
}

function placed(item: RawItem): PlacedText | null {
  const t = item.transform;
  if (item.str === undefined || !t || t.length < 6) return null;
  const fontSize = Math.hypot(t[2]!, t[3]!);
  return { str: item.str, x: t[4]!, y: t[5]!, width: item.width ?? 0, height: item.height || fontSize };
}

/**
 * Text layer of a PDF, one paragraph a line: lines rebuilt from positions, page furniture
 * dropped, wrapped lines joined. Scanned pages have no text layer.
 */
export async function readPdf(bytes: Uint8Array): Promise<FormatOutcome> {
  const header = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!header.includes("%PDF-")) return failure("unreadable_file", "is not a PDF (no %PDF- header)");
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    cMapUrl: join(packageRoot, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(packageRoot, "standard_fonts") + "/",
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = (content.items as RawItem[]).map(placed).filter((item) => item !== null);
      pages.push(pageLines(items));
      page.cleanup();
    }
    const text = paragraphs(withoutFurniture(pages)).join("\n");
    if (text.trim() === "") {
      return failure("no_text_layer", `has ${pdf.numPages} page(s) but no text layer (scanned images?); run OCR on it first`);
    }
    return success(text, null);
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException") return failure("unreadable_file", "is password-protected; save a copy without a password");
    return failure("unreadable_file", `is damaged or not a readable PDF: ${(error as Error).message}`);
  } finally {
    await task.destroy();
  }
}
