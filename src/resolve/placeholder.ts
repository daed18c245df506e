import { isPlaceholder } from "../text/index.ts";

/**
 * True when a name is empty or holds a template placeholder: the same marks the
 * extractors refuse (`XX`, `20xx`, `××`, `某某`), checked again at this edge because a
 * resolved key must never be built from a template blank.
 */
export function isPlaceholderName(name: string): boolean {
  return isPlaceholder(name);
}
