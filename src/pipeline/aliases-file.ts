import { readFile } from "node:fs/promises";
import { z } from "zod";
import { NO_USER_ALIASES, UserAliasesSchema, type UserAliases } from "../resolve/index.ts";

export const DEFAULT_ALIASES_FILE = "aliases.json";

/** An aliases file that is unreadable, not JSON, or not of the expected shape. */
export class AliasesFileError extends Error {
  override readonly name = "AliasesFileError";
}

/**
 * Loads user aliases: the named file (which must exist), else `aliases.json` in the
 * working directory when there is one, else none.
 */
export async function loadAliases(file?: string): Promise<UserAliases> {
  const path = file ?? DEFAULT_ALIASES_FILE;
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    if (file === undefined && (error as NodeJS.ErrnoException).code === "ENOENT") return NO_USER_ALIASES;
    throw new AliasesFileError(`aliases file ${path} cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/u, ""));
  } catch (error) {
    throw new AliasesFileError(`aliases file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = UserAliasesSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new AliasesFileError(`aliases file ${path} is invalid:\n${z.prettifyError(parsed.error)}`);
}
