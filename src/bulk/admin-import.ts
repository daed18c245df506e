import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Env } from "../config/env.ts";
import { serverPaths } from "../local-neo4j/paths.ts";
import { BulkError } from "./bulk-error.ts";
import type { BulkCsvSummary } from "./bulk-csv.ts";

// The importer's own memory: the heap for its bookkeeping, and a cap on what it takes
// outside the heap (by default most of the machine), so it runs beside other work.
const IMPORT_HEAP = "512m";
const IMPORT_OFF_HEAP = "512m";

/** The java command line of `neo4j-admin database import full` over the local server's jars, as the export's import-command.txt names it. */
export function importArgs(env: Env, csv: Pick<BulkCsvSummary, "dir" | "nodeFiles" | "relationshipFiles">): string[] {
  const paths = serverPaths(env);
  return [
    `-Xmx${IMPORT_HEAP}`,
    "-cp",
    path.join(paths.lib, "*"),
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    env.NEO4J_DATABASE,
    "--overwrite-destination=true",
    "--multiline-fields=true",
    "--bad-tolerance=0",
    `--max-off-heap-memory=${IMPORT_OFF_HEAP}`,
    `--report-file=${path.join(csv.dir, "import.report")}`,
    ...csv.nodeFiles.map((file) => `--nodes=${path.join(csv.dir, file)}`),
    ...csv.relationshipFiles.map((file) => `--relationships=${path.join(csv.dir, file)}`),
  ];
}

/**
 * Runs the import into the local server's store (the server must be stopped): the jars
 * the server manager resolved, its data directory as NEO4J_HOME. Fails with the
 * importer's last lines.
 */
export async function runAdminImport(env: Env, csv: BulkCsvSummary): Promise<{ readonly ms: number; readonly output: string }> {
  const started = performance.now();
  const home = serverPaths(env).data;
  await mkdir(home, { recursive: true });
  const args = importArgs(env, csv);
  return new Promise((resolve, reject) => {
    const child = spawn("java", args, { cwd: csv.dir, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => reject(new BulkError("import_failed", `could not run neo4j-admin (java): ${error.message}`)));
    child.on("close", (status) => {
      if (status === 0) {
        resolve({ ms: performance.now() - started, output });
        return;
      }
      const tail = output.trimEnd().split("\n").slice(-15).map((line) => `  ${line}`).join("\n");
      reject(new BulkError("import_failed", `neo4j-admin database import failed (exit ${status ?? "signal"}); the CSV files stay in ${csv.dir}:\n${tail}`));
    });
  });
}
