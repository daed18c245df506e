import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDriver, GraphError, readQuery, writeQuery } from "../../../src/graph/connection.ts";
import { migrate, schemaNames, schemaStatements } from "../../../src/graph/migrate.ts";

const runId = `test-${randomUUID()}`;

afterAll(async () => {
  await writeQuery({ name: "test/schema-cleanup", text: "MATCH (n:Project {runId: $runId}) DETACH DELETE n" }, { runId });
  await closeDriver();
});

describe("migrate", () => {
  it("is idempotent: a second run leaves the same constraints and indexes", async () => {
    const first = await migrate();
    const second = await migrate();
    expect(second.constraints).toEqual(first.constraints);
    expect(second.indexes).toEqual(first.indexes);
    expect(await schemaNames()).toEqual({ constraints: [...second.constraints], indexes: [...second.indexes] });
  });

  it("creates a unique key for every label of the graph model, the range indexes and the full-text index, each with CREATE … IF NOT EXISTS", async () => {
    const { constraints, indexes } = await schemaNames();
    for (const name of ["issuer_key", "region_key", "report_id", "section_id", "evidence_id", "project_key", "department_key", "organization_key", "problem_key", "indicator_key", "observation_id"]) {
      expect(constraints).toContain(name);
    }
    for (const name of ["report_year", "report_content_hash", "report_source", "observation_period_year", "entityNames"]) {
      expect(indexes).toContain(name);
    }
    const statements = schemaStatements();
    expect(statements.every((statement) => /^CREATE (CONSTRAINT|(RANGE |FULLTEXT |TEXT |POINT |VECTOR )?INDEX) \S+ IF NOT EXISTS/.test(statement.text))).toBe(true);
  });

  it("uses the cjk analyzer, so a Chinese substring of a name or alias finds the node", async () => {
    const key = `${runId}|京沪高速铁路`;
    await writeQuery(
      { name: "test/fulltext-seed", text: "CREATE (:Project {key: $key, runId: $runId, name: '京沪高速铁路', aliases: ['京沪高铁']})" },
      { key, runId },
    );
    await writeQuery({ name: "test/await-indexes", text: "CALL db.awaitIndexes(60)" });
    const search = {
      name: "test/fulltext-search",
      text: "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node WHERE node.runId = $runId RETURN node.key AS key",
    };
    const Row = z.object({ key: z.string() });
    // Full-text indexes are eventually consistent; poll briefly instead of sleeping a fixed time.
    let hits: { key: string }[] = [];
    for (let attempt = 0; attempt < 20 && hits.length === 0; attempt += 1) {
      hits = await readQuery(search, { q: "高铁", runId }, Row);
      if (hits.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(hits).toEqual([{ key }]);
    expect(await readQuery(search, { q: "铁路", runId }, Row)).toEqual([{ key }]);
  });

  it("enforces the unique key with code constraint_violation", async () => {
    const create = { name: "test/duplicate-key", text: "CREATE (:Project {key: $key, runId: $runId})" };
    const key = `${runId}|duplicate`;
    await writeQuery(create, { key, runId });
    const error = await writeQuery(create, { key, runId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe("constraint_violation");
    expect((error as GraphError).params).toEqual({ key, runId });
  });
});
