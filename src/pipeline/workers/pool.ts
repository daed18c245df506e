import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Piscina } from "piscina";
import { loadEnv } from "../../config/env.ts";
import { runFileTask, type FileOutcome, type FileTask } from "../file-task.ts";

/** Runs file tasks: in worker threads, or in this thread when there is one worker or one file. */
export interface ExtractionPool {
  readonly threads: number;
  run(task: FileTask): Promise<FileOutcome>;
  close(): Promise<void>;
}

const WORKER_NAME = "extract-worker";

/**
 * The worker's entry: the compiled one when the CLI runs from the build (it names its
 * folder in GOVKG_DIST_DIR), else the TypeScript source, which the thread loads through tsx.
 */
export function workerEntry(distDir: string | undefined = loadEnv().GOVKG_DIST_DIR): { filename: string; execArgv: string[] } {
  const inherited = process.execArgv.filter((arg) => !arg.startsWith("--inspect"));
  if (distDir) return { filename: path.join(distDir, "workers", `${WORKER_NAME}.mjs`), execArgv: inherited };
  const withTsx = inherited.some((arg) => arg.includes("tsx")) ? inherited : [...inherited, "--import", "tsx"];
  return { filename: fileURLToPath(new URL(`./${WORKER_NAME}.ts`, import.meta.url)), execArgv: withTsx };
}

const IN_THREAD: ExtractionPool = { threads: 1, run: runFileTask, close: () => Promise.resolve() };

/**
 * The old-generation heap of each extraction thread. Uncapped, V8 sizes a thread's heap
 * for the whole machine and lets garbage from file after file pile up before it
 * collects: on ten times the corpus the threads held about 300 MB more between them.
 * A report of a few megabytes needs well under 100 MB; a file too big for the cap is
 * extracted again on the main thread, whose heap is not capped.
 */
const THREAD_HEAP_MB = 256;

const isOutOfMemory = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";

/**
 * A pool of `workers` extraction threads for `files` files (never more threads than
 * files). Threads start together; the first to load jieba's dictionary builds it and
 * the others share it (see the tokenizer), and each thread keeps it for every file.
 */
export function createExtractionPool(workers: number, files: number, threadHeapMb = THREAD_HEAP_MB): ExtractionPool {
  const threads = Math.min(workers, files);
  if (threads <= 1) return IN_THREAD;
  const { filename, execArgv } = workerEntry();
  // piscina loads only when there are files to share out: a one-file extract starts without it.
  const pool: Promise<Piscina<FileTask, FileOutcome>> = import("piscina").then(
    ({ Piscina }) =>
      new Piscina<FileTask, FileOutcome>({
        filename,
        execArgv,
        minThreads: threads,
        maxThreads: threads,
        // One task at a time per thread: a queued file waits in the pool, not in a thread.
        concurrentTasksPerWorker: 1,
        resourceLimits: { maxOldGenerationSizeMb: threadHeapMb },
      }),
  );
  return {
    threads,
    run: async (task) => {
      try {
        return await (await pool).run(task);
      } catch (error) {
        // The thread is gone (piscina starts another); the file is not lost with it.
        if (isOutOfMemory(error)) return runFileTask(task);
        throw error;
      }
    },
    close: async () => (await pool).destroy(),
  };
}
