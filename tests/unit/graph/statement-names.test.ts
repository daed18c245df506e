import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registryStatements } from "../../../src/domain/index.ts";
import { missingStatements } from "../../../src/graph/index.ts";

const SRC = new URL("../../../src/", import.meta.url);

function sourceFiles(): Array<{ file: string; text: string }> {
  const root = SRC.pathname;
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));
}

// A statement is named where it is run: by its path under cypher/ (cypher, readQuery, …), or
// by its name under cypher/ingest/ (a write transaction's StatementRunner.run).
const BY_PATH = /\b(?:cypher|readQuery|writeQuery|runAutoCommit|runIn|modelStatement|stream)\(\s*"([^"]+)"/gu;
const BY_INGEST_NAME = /\.run\(\s*"([^"]+)"/gu;
// …or as the first element of a [name, params] step that a StatementRunner runs.
const AS_STEP = /\[\s*"([a-z][a-z0-9-]*)",\s*[{a-z]/gu;
// Names built at run time; each such module loads all of its statements when it is imported.
const BUILT = /\bcypher\(\s*`([^`]*)`/gu;
const EAGER_MODULES = ["api/graph-read.ts", "pages/read.ts"];
const RUNNER_MODULE = path.join("graph", "write", "statement-runner.ts");

function namesInCode(): { names: string[]; built: string[] } {
  const names: string[] = [];
  const built: string[] = [];
  for (const { file, text } of sourceFiles()) {
    for (const [, name] of text.matchAll(BY_PATH)) names.push(name!);
    // Outside src/local-neo4j, `.run("…")` is a StatementRunner's (the probe runs inline Cypher on a session).
    if (!file.startsWith("local-neo4j")) for (const [, name] of text.matchAll(BY_INGEST_NAME)) names.push(`ingest/${name!}`);
    if (/\bStep\b/u.test(text)) for (const [, name] of text.matchAll(AS_STEP)) names.push(`ingest/${name!}`);
    for (const [, template] of text.matchAll(BUILT)) if (file !== RUNNER_MODULE) built.push(`${file}: ${template!}`);
  }
  return { names, built };
}

describe("statement names against cypher/", () => {
  it("every statement the entity-kind registry names exists under cypher/ingest", () => {
    const names = registryStatements().map((name) => `ingest/${name}`);
    expect(names).toContain("ingest/upsert-projects");
    expect(missingStatements(names)).toEqual([]);
  });

  it("every statement the code names by a literal exists", () => {
    const { names } = namesInCode();
    // The scan itself must see the statements of each stage, or it checks nothing.
    expect(names).toEqual(expect.arrayContaining(["ingest/upsert-report", "ingest/report-state", "ingest/link-replace", "admin/graph-stats", "export/nodes"]));
    expect(missingStatements(names)).toEqual([]);
  });

  it("names built at run time only in modules that load all of theirs on import", async () => {
    const { built } = namesInCode();
    expect(built.map((entry) => entry.split(":")[0])).toEqual(expect.arrayContaining(EAGER_MODULES));
    expect(built.filter((entry) => !EAGER_MODULES.includes(entry.split(":")[0]!))).toEqual([]);
    for (const module of EAGER_MODULES) await expect(import(new URL(module, SRC).href)).resolves.toBeDefined();
  });

  it("reports a misspelt or malformed name", () => {
    expect(missingStatements(["ingest/upsert-projects", "ingest/upsert-project", "../secrets", "ingest/upsert-projects"])).toEqual(["../secrets", "ingest/upsert-project"]);
  });
});
