import { z } from "zod";

/**
 * Every environment setting GovKG reads, parsed once. When NEO4J_URI is unset the
 * project starts and uses its own local Neo4j on loopback.
 */
const EnvSchema = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().default("neo4j"),
  GOVKG_NEO4J_HOME: z.string().default(".neo4j"),
  GOVKG_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  GOVKG_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(7474),
  GOVKG_NEO4J_HEAP: z.string().regex(/^\d+[mgMG]$/, "a size such as 1g or 512m").default("1g"),
  GOVKG_NEO4J_PAGECACHE: z.string().regex(/^\d+[mgMG]$/, "a size such as 256m").default("256m"),
  GOVKG_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  GOVKG_HOST: z.string().default("127.0.0.1"),
  GOVKG_API_KEY: z.string().min(16, "at least 16 characters").optional(),
  GOVKG_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  GOVKG_MAX_FILE_MB: z.coerce.number().positive().default(50),
  /** Set by bin/govkg.mjs when it runs the compiled build: where its worker entries are. */
  GOVKG_DIST_DIR: z.string().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

let cached: Env | undefined;

/** Parses the environment once; a bad value fails with one readable line per setting. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (source === process.env && cached) return cached;
  // Empty strings are how shells unset things; treat them as absent.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}
