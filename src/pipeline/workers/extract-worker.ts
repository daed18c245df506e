// A worker thread of the extraction pool: each task is one file (see ../file-task.ts).
// Loaded by path, not imported, so the compiled build can ship it as its own entry.
import { runFileTask, type FileOutcome, type FileTask } from "../file-task.ts";

export default function extractTask(task: FileTask): Promise<FileOutcome> {
  return runFileTask(task);
}
