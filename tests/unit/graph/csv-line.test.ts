import { describe, expect, it } from "vitest";
import { bare, csvHeader, csvLine } from "../../../src/graph/export/csv-line.ts";

describe("csvLine", () => {
  it.each([
    [["Project:national|雄安新区", "雄安新区", 2024, 5.2, true, false, null, undefined, bare("Project")], '"Project:national|雄安新区","雄安新区",2024,5.2,true,false,,,Project\n'],
    [["", "他说“好”", 'a "quoted" word', "a,b", "two\nlines", "-3", "=SUM"], '"","他说“好”","a ""quoted"" word","a,b","two\nlines","-3","=SUM"\n'],
    [[0, -1.5, bare("12"), bare("true")], "0,-1.5,12,true\n"],
  ])("writes %j as neo4j-admin and pandas read it", (cells, line) => {
    expect(csvLine(cells)).toBe(line);
  });

  it("writes a header unquoted", () => {
    expect(csvHeader(["key:ID(Project)", "name", "year:int", ":LABEL"])).toBe("key:ID(Project),name,year:int,:LABEL\n");
  });
});
