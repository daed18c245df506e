import { migrate } from "../graph/index.ts";

let applied: Promise<void> | undefined;

/** Applies the schema (constraints and indexes) once per process, before the first write. */
export function ensureSchema(): Promise<void> {
  applied ??= migrate().then(
    () => undefined,
    (error: unknown) => {
      applied = undefined;
      throw error;
    },
  );
  return applied;
}
