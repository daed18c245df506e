import { z } from "zod";
import { defaultWorkers } from "../pipeline/settings.ts";

const WorkersSchema = z.coerce.number({ error: "expected a whole number of threads" }).int("expected a whole number of threads").min(1, "at least 1").max(256, "at most 256");

/** `--workers N`: extraction threads; absent means the number of cores. */
export function parseWorkers(text: string | undefined): number {
  if (text === undefined) return defaultWorkers();
  const parsed = WorkersSchema.safeParse(text);
  if (!parsed.success) throw new Error(`invalid --workers ${text}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  return parsed.data;
}

/** `placeholder_value 3, unparsed_amount 1`: the diagnostics of a run by code. */
export function formatDiagnosticCounts(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? "none" : entries.map(([code, count]) => `${code} ${count}`).join(", ");
}
