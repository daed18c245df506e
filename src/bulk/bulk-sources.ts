import type { IngestFailure } from "../pipeline/ingest-summary.ts";
import { latestResults } from "./latest-results.ts";
import { readResultFile } from "./read-results.ts";
import type { ResultLine } from "./result-line.ts";

/** One source's extracted reports with their texts, or why it has none. */
export type SourceResult =
  | { readonly ok: true; readonly source: string; readonly bytes: number; readonly lines: readonly ResultLine[] }
  | { readonly ok: false; readonly failure: IngestFailure };

/** The results `govkg extract --out` wrote into `dir` (the newest of each source), each checked line by line. */
export async function* storedSources(dir: string): AsyncGenerator<SourceResult> {
  for (const file of (await latestResults(dir)).files) {
    const read = await readResultFile(file);
    if (!read.ok) {
      yield { ok: false, failure: { source: file, reportId: null, code: "bad_result", message: read.message } };
      continue;
    }
    const source = read.lines[0]?.report.source;
    if (source !== undefined) yield { ok: true, source, bytes: read.lines.reduce((n, line) => n + Buffer.byteLength(line.text), 0), lines: read.lines };
  }
}
