import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { z } from "zod";
import { ReportMetaOverrideSchema, type ReadError, type ReportMetaOverride } from "../domain/index.ts";
import { SIDECAR_SUFFIX } from "./expand-paths.ts";
import { readError } from "./outcome.ts";

/** `reports/a.docx` → `reports/a.meta.json`. */
export function sidecarPath(path: string): string {
  return join(dirname(path), basename(path, extname(path)) + SIDECAR_SUFFIX);
}

/**
 * Metadata overrides from the sidecar next to a source file: `{}` when there is none,
 * a ReadError naming the sidecar and every schema issue when it is malformed.
 */
export async function readSidecar(path: string): Promise<ReportMetaOverride | ReadError> {
  if (path === "-") return {};
  const sidecar = sidecarPath(path);
  let raw: string;
  try {
    raw = await readFile(sidecar, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    return readError(sidecar, "invalid_sidecar", `cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ""));
  } catch (error) {
    return readError(sidecar, "invalid_sidecar", `is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ReportMetaOverrideSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  return readError(sidecar, "invalid_sidecar", `does not match the report metadata schema:\n${z.prettifyError(parsed.error)}`);
}
