import { describe, expect, it } from "vitest";
import { Neo4jError } from "neo4j-driver";
import { classifyNeo4jCode, GraphError, toGraphError } from "../../../src/graph/errors.ts";
import { loadCypher } from "../../../src/graph/cypher-files.ts";
import { schemaStatements, splitStatements } from "../../../src/graph/migrate.ts";

describe("classifyNeo4jCode", () => {
  it.each([
    ["ServiceUnavailable", "neo4j_unavailable"],
    ["SessionExpired", "neo4j_unavailable"],
    ["Neo.ClientError.Schema.ConstraintValidationFailed", "constraint_violation"],
    ["Neo.ClientError.Security.Unauthorized", "auth_failed"],
    ["Neo.ClientError.Database.DatabaseNotFound", "database_not_found"],
    ["Neo.ClientError.Statement.SyntaxError", "query_invalid"],
    ["Neo.ClientError.Statement.ParameterMissing", "query_invalid"],
    ["Neo.TransientError.Transaction.DeadlockDetected", "transient"],
    ["Neo.DatabaseError.General.UnknownError", "query_failed"],
  ])("%s → %s", (neo4jCode, expected) => {
    expect(classifyNeo4jCode(neo4jCode)).toBe(expected);
  });
});

describe("toGraphError", () => {
  it("keeps the driver error as cause and carries statement name, params and Neo4j code", () => {
    const cause = new Neo4jError("Node(1) already exists with label `Project`\nmore detail", "Neo.ClientError.Schema.ConstraintValidationFailed", "22N41", "");
    const error = toGraphError(cause, "write/projects", { rows: [] });
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ code: "constraint_violation", statement: "write/projects", params: { rows: [] }, neo4jCode: "Neo.ClientError.Schema.ConstraintValidationFailed" });
    expect(error.cause).toBe(cause);
    expect(error.message).not.toContain("more detail");
  });

  it("treats a refused socket as neo4j_unavailable and says how to start the server", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7687"), { code: "ECONNREFUSED" });
    const error = toGraphError(refused, "read/reports");
    expect(error.code).toBe("neo4j_unavailable");
    expect(error.message).toContain("govkg neo4j start");
  });
});

describe("schema files", () => {
  it("splits on line-ending semicolons and ignores semicolons in comments", () => {
    const text = "// one; still a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);";
    expect(splitStatements(text)).toEqual(["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)"]);
  });

  it("names each schema statement after its file and position, in file-name order", () => {
    const names = schemaStatements().map((statement) => statement.name);
    expect(names[0]).toBe("schema/01-constraints#1");
    expect(names).toContain("schema/03-fulltext#1");
    expect([...names].sort((a, b) => a.localeCompare(b, "en", { numeric: true }))).toEqual(names);
  });

  it("refuses Cypher file names that are not kebab-case paths", () => {
    expect(() => loadCypher("../package")).toThrow(/invalid Cypher file name/);
    expect(() => loadCypher("schema/Constraints")).toThrow(/invalid Cypher file name/);
  });
});
