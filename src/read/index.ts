import type { ReadError } from "../domain/index.ts";

export { readSource, readBytes, type ReadOptions } from "./read-source.ts";
export { expandPaths } from "./expand-paths.ts";
export { readSidecar, sidecarPath } from "./read-sidecar.ts";
export { formatOfPath } from "./formats.ts";

/** True for the error branch of any read result (document, sidecar overrides). */
export const isReadError = <T extends object>(x: T | ReadError): x is ReadError =>
  "code" in x && "message" in x && "source" in x;
