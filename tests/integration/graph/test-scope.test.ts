import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSession } from "../../../src/graph/connection.ts";
import { ingestPaths } from "../../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../../support/test-scope.ts";
import { SMALL_SET } from "./support/fixtures.ts";

async function count(query: string, params: Record<string, unknown>): Promise<number> {
  return withSession("read", async (session) => Number((await session.run(query, params)).records[0]?.get("n") ?? 0));
}

/** Nodes keyed or scoped under a scope's tag, wherever they are. */
const taggedNodes = (scope: TestScope): Promise<number> =>
  count("MATCH (n) WHERE n.key STARTS WITH $tag OR n.scope STARTS WITH $tag RETURN count(n) AS n", { tag: scope.tag });

describe("test scopes", () => {
  let a: TestScope;
  let b: TestScope;
  const file = SMALL_SET[0]!;

  beforeAll(async () => {
    [a, b] = [await createTestScope(), await createTestScope()];
    await ingestPaths(await a.add([file]));
    await ingestPaths(await b.add([file]));
  });
  afterAll(async () => {
    await a.dispose();
    await b.dispose();
  });

  it("give the same text a report of its own in each scope, its issuer marked with the scope's tag", async () => {
    const [idA, idB] = [await a.reportIds(), await b.reportIds()];
    expect(idA).toHaveLength(1);
    expect(idB).toHaveLength(1);
    expect(idA).not.toEqual(idB);
    expect(await readFile(path.join(a.dir, path.basename(file)), "utf8")).toContain(a.tag);
    const issuers = await withSession("read", async (session) => {
      const result = await session.run("MATCH (i:Issuer)-[:ISSUED]->(r:Report) WHERE r.id IN $ids RETURN i.key AS key ORDER BY key", { ids: [...idA, ...idB] });
      return result.records.map((record) => String(record.get("key")));
    });
    expect(issuers).toEqual([`${a.tag}河北省`, `${b.tag}河北省`].sort());
  });

  it("snapshot a scope's own reports and entities, and nothing of another scope", async () => {
    const [snapA, snapB] = [await a.snapshot(), await b.snapshot()];
    expect(snapA.length).toBeGreaterThan(100);
    expect(snapA.filter((line) => line.includes(b.tag))).toEqual([]);
    expect(snapB.filter((line) => line.includes(a.tag))).toEqual([]);
    expect(snapA.some((line) => line.startsWith('node ["Project"]') && line.includes(`"scope":"${a.tag}河北省"`))).toBe(true);
    // The same text in two scopes: the same graph but for the tag, the report ids, the
    // directory and the hashes of what differs.
    const [idA] = await a.reportIds();
    const [idB] = await b.reportIds();
    const neutral = (lines: string[], scope: TestScope, id: string | undefined): string[] =>
      lines
        .map((line) => line.replaceAll(scope.dir, "DIR").replaceAll(scope.tag, "TAG").replaceAll(id ?? "-", "ID"))
        .map((line) => line.replace(/"(contentHash|resolution|hash|linkedWith)":"[^"]*"/gu, '"$1":"HASH"'))
        .sort();
    expect(neutral(snapB, b, idB)).toEqual(neutral(snapA, a, idA));
  });

  it("clear one scope and leave the other whole", async () => {
    const before = await b.snapshot();
    expect(await taggedNodes(a)).toBeGreaterThan(0);
    await a.clear();
    expect(await a.reportIds()).toEqual([]);
    expect(await a.snapshot()).toEqual([]);
    expect(await taggedNodes(a)).toBe(0);
    expect(await b.snapshot()).toEqual(before);
  });
});
