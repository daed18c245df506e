import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withListsInMaps } from "../../../src/graph/write/list-params.ts";

const INGEST_DIR = fileURLToPath(new URL("../../../cypher/ingest/", import.meta.url));
// Read outside the statement runner, in a read transaction of their own.
const OUTSIDE_RUNNER = new Set(["report-state.cypher", "report-superseded.cypher"]);

describe("list parameters of the ingest statements", () => {
  it("are sent inside a map; everything else is sent as it is", () => {
    const report = { id: "r1", year: 2024 };
    expect(withListsInMaps({ rows: [{ key: "a" }], empty: [], reportId: "r1", limit: 5, report, flag: null })).toEqual({
      rows: { items: [{ key: "a" }] },
      empty: { items: [] },
      reportId: "r1",
      limit: 5,
      report,
      flag: null,
    });
  });

  it("are read as $name.items by every statement the runner sends", () => {
    const bare: string[] = [];
    for (const file of readdirSync(INGEST_DIR).filter((name) => name.endsWith(".cypher") && !OUTSIDE_RUNNER.has(name))) {
      const text = readFileSync(`${INGEST_DIR}${file}`, "utf8").replace(/\/\/.*$/gmu, "");
      for (const [, name] of text.matchAll(/(?:UNWIND|\bIN)\s+\$(\w+)(?!\.items)\b/gu)) bare.push(`${file}: $${name!}`);
    }
    expect(bare).toEqual([]);
  });
});
