import { availableParallelism } from "node:os";
import { NO_USER_ALIASES, type UserAliases } from "../resolve/index.ts";
import type { ReportMetaOverride } from "../domain/index.ts";

/** How a run reads and extracts its files; the CLI, the API and tests pass these in. */
export interface PipelineSettings {
  /** Extraction threads (default: the number of cores). One runs extraction in the calling thread. */
  readonly workers: number;
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Metadata given for every file (command-line flags); it wins over sidecars. */
  readonly overrides: ReportMetaOverride;
  /** User aliases the resolver applies when ingesting. */
  readonly aliases: UserAliases;
}

export const DEFAULT_MAX_FILE_MB = 50;

/** The number of cores this process may use: the default number of extraction threads. */
export const defaultWorkers = (): number => availableParallelism();

/** Settings with the defaults filled in for every field not given. */
export function pipelineSettings(given: Partial<PipelineSettings> = {}): PipelineSettings {
  return {
    workers: Math.max(1, Math.floor(given.workers ?? defaultWorkers())),
    maxFileBytes: given.maxFileBytes ?? DEFAULT_MAX_FILE_MB * 1024 * 1024,
    overrides: given.overrides ?? {},
    aliases: given.aliases ?? NO_USER_ALIASES,
  };
}
