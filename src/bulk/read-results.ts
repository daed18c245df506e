import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseResultLine, type ResultLine } from "./result-line.ts";

/** One result file read back: every line checked, or the first bad line named. */
export type ResultFile =
  | { readonly ok: true; readonly file: string; readonly lines: readonly ResultLine[] }
  | { readonly ok: false; readonly file: string; readonly message: string };

/** The result files in `dir` (`*.jsonl`, in name order); a missing directory is an error. */
export async function resultFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => name.endsWith(".jsonl")).sort().map((name) => path.join(dir, name));
}

/** Reads one result file, checking each line with the schema on the way in. */
export async function readResultFile(file: string): Promise<ResultFile> {
  const text = await readFile(file, "utf8");
  const lines: ResultLine[] = [];
  let number = 0;
  for (const raw of text.split("\n")) {
    number += 1;
    if (raw.trim() === "") continue;
    const parsed = parseResultLine(raw);
    if (!parsed.ok) return { ok: false, file, message: `${file}:${number}: ${parsed.message}` };
    lines.push(parsed.line);
  }
  const sources = new Set(lines.map((line) => line.report.source));
  if (sources.size > 1) return { ok: false, file, message: `${file}: holds reports of ${sources.size} sources (${[...sources].join(", ")}); a result file is one source's` };
  return { ok: true, file, lines };
}
