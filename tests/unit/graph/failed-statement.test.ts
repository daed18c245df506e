import { describe, expect, it } from "vitest";
import { failedStatementOf, noteFailedStatement, summarizeParams } from "../../../src/graph/write/failed-statement.ts";

describe("a failing write names its statement", () => {
  it("summarizes parameters: lists by length, long text cut, objects field by field", () => {
    const summary = summarizeParams({
      reportId: "abc",
      rows: [{ key: "a" }, { key: "b" }],
      report: { id: "r1", year: 2024, text: "字".repeat(200) },
    });
    expect(summary).toEqual({
      reportId: "abc",
      rows: "2 rows",
      report: { id: "r1", year: 2024, text: `${"字".repeat(80)}… (200 chars)` },
    });
  });

  it("keeps the error itself, so the driver still sees its own class, and the first statement noted wins", () => {
    const error = new Error("deadlock");
    expect(noteFailedStatement(error, "ingest/upsert-projects", { rows: [1, 2, 3] })).toBe(error);
    noteFailedStatement(error, "ingest/link-supports", {});
    expect(failedStatementOf(error)).toEqual({ statement: "ingest/upsert-projects", params: { rows: "3 rows" } });
    expect(failedStatementOf(new Error("other"))).toBeUndefined();
  });
});
