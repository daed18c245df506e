import type { Diagnostic, ExtractedReport, ReadError, ReportMetaOverride, SourceDocument } from "../domain/index.ts";
import { isReadError, readSidecar, readSource } from "../read/index.ts";
import { createResolver, resolveReport, type ReportGraph, type Resolver, type UserAliases } from "../resolve/index.ts";
import { extractDocument } from "./extract-document.ts";

/** One file (or a text handed over) to read, extract and, when ingesting, resolve. */
export interface FileTask {
  /** The path as given: where the file and its sidecar are read from. */
  readonly path: string;
  /** The name the reports keep as their `source`. */
  readonly source: string;
  /** The text itself when it does not come from a file (standard input, an upload). */
  readonly doc?: SourceDocument | ReadError;
  readonly overrides: ReportMetaOverride;
  readonly maxFileBytes: number;
  /** Resolve the reports with these aliases (ingest); absent: extract only. */
  readonly aliases?: UserAliases;
}

/** Why a file yielded nothing: a read error (with its diagnostic code) or an extraction that threw. */
export interface FileError {
  readonly source: string;
  readonly code: string;
  readonly message: string;
}

/** What one file gave: its reports (extract) or their graph rows (ingest), or the reason it gave none. */
export interface FileOutcome {
  readonly source: string;
  readonly bytes: number;
  readonly reports: readonly ExtractedReport[];
  readonly graphs: readonly ReportGraph[];
  readonly error: FileError | null;
  /** The reports' diagnostics counted by code. */
  readonly diagnosticCounts: Readonly<Record<string, number>>;
  readonly extractMs: number;
}

export function countDiagnostics(diagnostics: readonly Pick<Diagnostic, "code">[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of diagnostics) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

const resolvers = new Map<string, Resolver>();

/** One resolver per set of aliases in each thread: building one compiles the rules. */
function resolverFor(aliases: UserAliases): Resolver {
  const key = JSON.stringify(aliases);
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = createResolver(aliases);
    resolvers.set(key, resolver);
  }
  return resolver;
}

const failed = (source: string, error: FileError, bytes = 0): FileOutcome => ({
  source,
  bytes,
  reports: [],
  graphs: [],
  error,
  diagnosticCounts: {},
  extractMs: 0,
});

/**
 * read → structure → extract (→ resolve) for one file: the unit of work of every run,
 * in the calling thread or in a worker. A file that cannot be read, or whose sidecar is
 * broken, gives no report and says why; the flags win over the sidecar.
 */
export async function runFileTask(task: FileTask): Promise<FileOutcome> {
  const doc = task.doc ?? (await readSource(task.source, { maxFileBytes: task.maxFileBytes }));
  if (isReadError(doc)) return failed(task.source, doc);
  const sidecar = task.doc ? {} : await readSidecar(task.path);
  if (isReadError(sidecar)) return failed(task.source, sidecar);
  const bytes = Buffer.byteLength(doc.text);
  const started = performance.now();
  try {
    const reports = extractDocument(doc, { ...sidecar, ...task.overrides });
    const diagnosticCounts = countDiagnostics(reports.flatMap((report) => report.diagnostics));
    const graphs = task.aliases ? reports.map((report) => resolveReport(report, resolverFor(task.aliases!), doc.text.slice(report.start, report.end))) : [];
    return { source: task.source, bytes, reports: task.aliases ? [] : reports, graphs, error: null, diagnosticCounts, extractMs: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(task.source, { source: task.source, code: "extract_failed", message: `${task.source}: extraction failed: ${message}` }, bytes);
  }
}
