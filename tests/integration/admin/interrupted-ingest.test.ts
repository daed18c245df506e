import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSession } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { FIXTURES } from "../graph/support/fixtures.ts";
import { nodesOfReport } from "../graph/support/graph-state.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SOURCES = ["excerpts/wanzhou_2023H1_excerpt.txt", "excerpts/wanzhou_2024_govreport_excerpt.txt"];
const COPIES = 50;

/** 100 small reports: each copy ends with its own line, so its text, and so its report id, is its own. */
async function manyReports(scope: TestScope): Promise<string[]> {
  const files: string[] = [];
  for (const source of SOURCES) {
    const text = await readFile(path.join(FIXTURES, source), "utf8");
    for (let copy = 1; copy <= COPIES; copy++) {
      files.push(await scope.write(`${path.basename(source, ".txt")}-${String(copy).padStart(3, "0")}.txt`, `${text.trimEnd()}\n第${copy}份。\n`));
    }
  }
  return files;
}

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  return withSession("read", async (session) => Number((await session.run(query, params)).records[0]?.get("n") ?? 0));
}

const reportCount = (scope: TestScope): Promise<number> => count("MATCH (r:Report) WHERE r.source STARTS WITH $dir RETURN count(r) AS n", { dir: scope.dir });

/** Evidence, sections and other report-owned nodes whose report is not in the graph. */
const orphanedReportNodes = (): Promise<number> =>
  count("MATCH (n) WHERE n.reportId IS NOT NULL AND NOT EXISTS { MATCH (r:Report {id: n.reportId}) } RETURN count(n) AS n");

async function sourcesInGraph(scope: TestScope): Promise<Set<string>> {
  return withSession("read", async (session) => {
    const result = await session.run("MATCH (r:Report) WHERE r.source STARTS WITH $dir RETURN r.source AS source", { dir: scope.dir });
    return new Set(result.records.map((record) => path.basename(String(record.get("source")))));
  });
}

async function nodesPerReport(ids: readonly string[]): Promise<Record<string, number>> {
  const entries: [string, number][] = [];
  for (const id of ids) entries.push([id, await nodesOfReport(id)]);
  return Object.fromEntries(entries);
}

/** File names the summary lists under "did not land:". */
function namedNotWritten(stdout: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf("did not land:");
  if (start < 0) return [];
  return lines
    .slice(start + 1)
    .filter((line) => line.startsWith("  ") && line.includes("(interrupted)"))
    .map((line) => path.basename(line.trim().split(": ")[0] ?? ""));
}

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `govkg ingest DIR` as a child process (the tests' Neo4j settings are in its environment), signalled once reports land. */
async function ingestAndSignal(scope: TestScope, signal: NodeJS.Signals, afterReports: number): Promise<Run> {
  const child = spawn(process.execPath, ["bin/govkg.mjs", "ingest", scope.dir], { cwd: ROOT, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<Pick<Run, "code" | "signal">>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && (await reportCount(scope)) < afterReports) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!done) child.kill(signal);
  const { code, signal: killedBy } = await exited;
  return { code, signal: killedBy, stdout, stderr };
}

describe("govkg ingest stopped by a signal", () => {
  let scope: TestScope;
  let files: string[];
  let expectedIds: string[];
  let expectedNodes: Record<string, number>;
  let expectedGraph: string[];

  beforeAll(async () => {
    scope = await createTestScope();
    files = await manyReports(scope);
    const uninterrupted = await ingestPaths([scope.dir]);
    expect(uninterrupted.failures).toEqual([]);
    expectedIds = await scope.reportIds();
    expect(expectedIds).toHaveLength(files.length);
    expectedNodes = await nodesPerReport(expectedIds);
    expectedGraph = await scope.snapshot();
  });
  afterAll(() => scope.dispose());

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s: whole reports only, the files not written named, exit %i, and a rerun builds the uninterrupted graph", async (signal, exitCode) => {
    await scope.clear();
    const run = await ingestAndSignal(scope, signal, 3);

    expect(run.stderr).toContain(`${signal}: finishing the reports being written`);
    expect({ code: run.code, signal: run.signal }).toEqual({ code: exitCode, signal: null });

    const landed = await scope.reportIds();
    expect(landed.length).toBeGreaterThanOrEqual(3);
    expect(landed.length).toBeLessThan(expectedIds.length);
    expect(expectedIds).toEqual(expect.arrayContaining(landed));
    // Every report in the graph is whole: as many nodes as the uninterrupted run gave it.
    expect(await nodesPerReport(landed)).toEqual(Object.fromEntries(landed.map((id) => [id, expectedNodes[id]])));
    expect(await orphanedReportNodes()).toBe(0);

    // The summary names exactly the files whose report is not in the graph.
    const written = await sourcesInGraph(scope);
    const notWritten = files.map((file) => path.basename(file)).filter((name) => !written.has(name));
    expect(namedNotWritten(run.stdout).sort()).toEqual(notWritten.sort());
    expect(run.stdout).toMatch(new RegExp(`reports: ${landed.length} written, 0 unchanged, 0 removed, ${notWritten.length} failed`, "u"));

    const rerun = await ingestPaths([scope.dir]);
    expect(rerun).toMatchObject({ reportsFailed: 0, reportsSkipped: landed.length, reportsWritten: expectedIds.length - landed.length });
    expect(await scope.snapshot()).toEqual(expectedGraph);
  });
});
