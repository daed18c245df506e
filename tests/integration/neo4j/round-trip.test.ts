import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDriver, GraphError, inTransaction, readQuery, runIn, writeQuery } from "../../../src/graph/connection.ts";

// Every node this file writes carries the run id, so parallel runs and other data are untouched.
const runId = `test-${randomUUID()}`;

const write = {
  name: "test/round-trip-write",
  text: "UNWIND $rows AS row MERGE (n:RoundTripProbe {runId: $runId, key: row.key}) SET n.name = row.name, n.count = row.count, n.tags = row.tags",
};
const read = {
  name: "test/round-trip-read",
  text: "MATCH (n:RoundTripProbe {runId: $runId}) RETURN n.key AS key, n.name AS name, n.count AS count, n.tags AS tags ORDER BY key",
};
const cleanup = { name: "test/round-trip-delete", text: "MATCH (n:RoundTripProbe {runId: $runId}) DETACH DELETE n" };

const Row = z.object({ key: z.string(), name: z.string(), count: z.number().int(), tags: z.array(z.string()) });

afterAll(async () => {
  await writeQuery(cleanup, { runId });
  await closeDriver();
});

describe("connection round trip", () => {
  const rows = [
    { key: "a", name: "京沪高速铁路", count: 3, tags: ["交通", "国家"] },
    { key: "b", name: "雄安新区", count: 12, tags: [] },
  ];

  it("writes nodes, reads them back as checked plain rows, and a second write merges instead of duplicating", async () => {
    const first = await writeQuery(write, { runId, rows });
    expect(first.nodesCreated).toBe(2);
    const again = await writeQuery(write, { runId, rows });
    expect(again.nodesCreated).toBe(0);

    const back = await readQuery(read, { runId }, Row);
    expect(back).toEqual(rows);
  });

  it("runs several statements in one transaction and sees its own writes", async () => {
    const seen = await inTransaction("write", "test/two-statements", { runId }, async (tx) => {
      await runIn(tx, write, { runId, rows: [{ key: "c", name: "三峡", count: 1, tags: [] }] });
      return runIn(tx, read, { runId });
    });
    expect(seen.map((row) => row["key"])).toEqual(["a", "b", "c"]);
  });

  it("rejects a row of the wrong shape with code unexpected_row", async () => {
    const error = await readQuery(read, { runId }, z.object({ key: z.number() })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe("unexpected_row");
    expect((error as GraphError).statement).toBe("test/round-trip-read");
  });

  it("translates a syntax error into query_invalid, keeping the Neo4j code and the statement name", async () => {
    const broken = { name: "test/broken", text: "MATCH (n RETURN n" };
    const error = await readQuery(broken, {}, Row).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe("query_invalid");
    expect((error as GraphError).neo4jCode).toBe("Neo.ClientError.Statement.SyntaxError");
    expect((error as GraphError).message).toContain("test/broken");
  });
});
