import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeDriver, withSession } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { graphSnapshot, wipeGraph } from "./support/graph-state.ts";

// The whole national series (1954–2025): linking a programme's name across years is a
// fact about the corpus, so this is where order would show if it mattered.
const NATIONAL = fileURLToPath(new URL("../../../../shared/corpus/national/", import.meta.url));

async function nationalFiles(): Promise<string[]> {
  return (await readdir(NATIONAL)).filter((name) => name.endsWith(".txt")).sort().map((name) => path.join(NATIONAL, name));
}

/**
 * The graph's content: the version counter the response cache keys on carries a random
 * epoch per database, which says nothing about the reports.
 */
async function contentSnapshot(): Promise<string[]> {
  return (await graphSnapshot()).filter((line) => !line.startsWith('node ["GraphVersion"]'));
}

async function linkedMentions(): Promise<number> {
  return withSession("read", async (session) => {
    const result = await session.run("MATCH (:Report)-[m:MENTIONS_PROJECT {via: 'lexicon'}]->() RETURN count(m) AS n");
    return Number(result.records[0]?.get("n") ?? 0);
  });
}

describe("one set of reports, one graph", () => {
  beforeEach(wipeGraph);
  afterAll(closeDriver);

  it("oldest first one at a time, newest first one at a time, and in two batches give the same graph", async () => {
    const files = await nationalFiles();
    expect(files.length).toBeGreaterThan(50);

    for (const file of files) await ingestPaths([file]);
    const forward = await contentSnapshot();
    const links = await linkedMentions();
    expect(links).toBeGreaterThan(100);

    await wipeGraph();
    for (const file of [...files].reverse()) await ingestPaths([file]);
    const reverse = await contentSnapshot();

    await wipeGraph();
    await ingestPaths(files.filter((_, i) => i % 2 === 1));
    await ingestPaths(files.filter((_, i) => i % 2 === 0));
    const twoBatches = await contentSnapshot();

    expect(reverse.length).toBe(forward.length);
    expect(reverse).toEqual(forward);
    expect(twoBatches).toEqual(forward);
  }, 1_800_000);
});
