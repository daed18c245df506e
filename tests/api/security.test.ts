import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, data, errorCodes, testApi } from "./support/client.ts";
import { closeDriver, cypherRows, FIXTURES, loadFixtures } from "./support/graph.ts";

beforeAll(loadFixtures);
afterAll(closeDriver);

const yoga = testApi();

describe("error masking", () => {
  const id = `api-test-malformed-${process.pid}`;

  it("hides unexpected failures behind a generic message", async () => {
    // A report whose title is a number breaks the row contract, as a corrupted graph would.
    await cypherRows("CREATE (:Report {id: $id, title: 42, year: 1901})", { id });
    try {
      const answer = await ask(yoga, `query ($id: ID!) { report(id: $id) { id title } }`, { id });
      expect(answer.body.errors).toEqual([
        { message: "Unexpected error.", locations: [{ line: 1, column: 20 }], path: ["report"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ]);
      const text = JSON.stringify(answer.body);
      for (const leak of ["MATCH", "api/report", "unexpected_row", "title", "stack", "zod"]) expect(text).not.toContain(leak);
    } finally {
      await cypherRows("MATCH (r:Report {id: $id}) DELETE r", { id });
    }
  });

  it("keeps expected errors with their code", async () => {
    const answer = await ask(yoga, `{ indicatorSeries(name: "   ") { name } }`);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.body.errors?.[0]?.message).toContain("name: must not be blank");
  });
});

describe("input validation", () => {
  it.each([
    ["a year out of range", `{ reports(filter: { yearFrom: 3000 }) { items { id } } }`, "filter.yearFrom"],
    ["an over-long search", `{ projects(search: "${"项".repeat(201)}") { items { project { id } } } }`, "search"],
    ["minYears below one", `{ recurringProjects(minYears: 0) { items { yearCount } } }`, "minYears"],
    ["a blank indicator name", `{ indicatorSeries(name: "") { name } }`, "name"],
  ])("refuses %s with BAD_USER_INPUT naming the argument", async (_label, query, argument) => {
    const answer = await ask(yoga, query);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.body.errors?.[0]?.message).toContain(`${argument}:`);
  });

  it("refuses an empty text to ingest before checking anything else but the key", async () => {
    const answer = await ask(
      testApi({ apiKey: "test-key-0123456789abcdef" }),
      `mutation { ingestReport(text: "") { reportsWritten } }`,
      {},
      { authorization: "Bearer test-key-0123456789abcdef" },
    );
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("ingestReport and the API key", () => {
  const KEY = "test-key-0123456789abcdef";
  const source = `${FIXTURES}/excerpts/wanzhou_2023H1_excerpt.txt`;
  const text = readFileSync(source, "utf8");
  const MUTATION = `mutation ($text: String!, $meta: ReportMetaInput) {
    ingestReport(text: $text, meta: $meta) {
      reports { id title year issuer } reportsWritten reportsSkipped reportsFailed diagnostics failures { code message }
    } }`;
  const keyed = testApi({ apiKey: KEY });
  const send = (headers: Record<string, string>) => ask(keyed, MUTATION, { text, meta: { source } }, headers);

  it("is disabled with a clear error when no key is configured", async () => {
    const answer = await ask(testApi({ apiKey: null }), MUTATION, { text, meta: { source } }, { authorization: `Bearer ${KEY}` });
    expect(errorCodes(answer)).toEqual(["INGEST_DISABLED"]);
    expect(answer.body.errors?.[0]?.message).toMatch(/GOVKG_API_KEY/);
  });

  it("refuses a missing key", async () => {
    expect(errorCodes(await send({}))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses a wrong key, a key of another length and a non-bearer scheme", async () => {
    expect(errorCodes(await send({ authorization: `Bearer ${KEY.replace(/.$/, "X")}` }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await send({ authorization: `Bearer ${KEY}${KEY}` }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await send({ authorization: `Basic ${KEY}` }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("runs the pipeline with the right key and returns the reports of that text", async () => {
    const answer = await send({ authorization: `Bearer ${KEY}` });
    expect(answer.body.errors).toBeUndefined();
    const result = answer.body.data?.ingestReport as { reports: { id: string; year: number }[]; reportsWritten: number; reportsSkipped: number; reportsFailed: number };
    expect(result.reportsFailed).toBe(0);
    // The fixture is already loaded with the same text, so the pipeline finds it unchanged.
    expect(result.reportsWritten + result.reportsSkipped).toBeGreaterThanOrEqual(1);
    expect(result.reports.length).toBeGreaterThanOrEqual(1);
    // Whichever source first brought this text, its reports are the ones in the graph with its content.
    const stored = await cypherRows("MATCH (r:Report) WHERE r.id IN $ids RETURN r.id AS id ORDER BY id", {
      ids: result.reports.map((report) => report.id),
    });
    expect(stored).toHaveLength(result.reports.length);
    expect(result.reports[0]?.year).toBe(2023);
  });

  it("queries need no key", async () => {
    expect(errorCodes(await ask(keyed, "{ stats { reports } }"))).toEqual([]);
  });
});

describe("injection attempts", () => {
  // Cypher, Lucene and JSON syntax that would change a query if it were spliced in.
  const ATTACKS = [
    `") RETURN 1 //`,
    `' OR 1=1 //`,
    `x"}) DETACH DELETE n //`,
    "MATCH (n) DETACH DELETE n",
    "*:*",
    "name:* OR text:*",
    "雄安 AND NOT (新区)",
    "[a TO z] {b TO c}",
    "foo~2 bar^3 /re.ex/",
    "\\",
    '"',
    "&& || ! - + ?",
    "$id ${id} `x`",
  ];
  const STRING_QUERIES: Array<[string, string]> = [
    ["reports.issuer", `query ($s: String) { reports(filter: { issuer: $s }) { items { id } } }`],
    ["reports.region", `query ($s: String) { reports(filter: { region: $s }) { items { id } } }`],
    ["recurringProjects.issuer", `query ($s: String) { recurringProjects(issuer: $s) { items { project { id } } } }`],
    ["projects.search", `query ($s: String) { projects(search: $s) { items { project { id } } } }`],
    ["projects.issuer", `query ($s: String) { projects(issuer: $s) { items { project { id } } } }`],
    ["indicatorSeries.name", `query ($s: String!) { indicatorSeries(name: $s) { points { value } } }`],
    ["indicatorSeries.issuer", `query ($s: String) { indicatorSeries(name: "GDP", issuer: $s) { points { value } } }`],
    ["recurringProblems.issuer", `query ($s: String) { recurringProblems(issuer: $s) { items { problem { id } } } }`],
    ["problems.search", `query ($s: String) { problems(filter: { search: $s }) { items { problem { id } } } }`],
    ["problems.issuer", `query ($s: String) { problems(filter: { issuer: $s }) { items { problem { id } } } }`],
    ["departments.search", `query ($s: String) { departments(search: $s) { items { department { id } } } }`],
    ["departments.issuer", `query ($s: String) { departments(issuer: $s) { items { department { id } } } }`],
    ["search.text", `query ($s: String!) { search(text: $s) { node { id } } }`],
    ["report.id", `query ($s: ID!) { report(id: $s) { id } }`],
    ["node.id", `query ($s: ID!) { node(id: $s) { id } }`],
    ["node.id (keyed)", `query ($s: ID!) { node(id: $s) { id } }`],
  ];

  it("treats every attack string as plain data in every string argument", async () => {
    // A node of our own, planted just before: any attack that deleted or rewrote data
    // would take it along. (The graph's other contents may change under other suites.)
    const sentinel = `api-test-sentinel-${process.pid}`;
    await cypherRows("CREATE (:ApiTestSentinel {id: $id, name: $id})", { id: sentinel });
    let survivors: Record<string, unknown>[] = [];
    try {
      for (const [name, query] of STRING_QUERIES) {
        const values = ATTACKS.map((attack) => (name === "node.id (keyed)" ? `Project:${attack}` : attack));
        const answers = await Promise.all(values.map((value) => ask(yoga, query, { s: value })));
        for (const [index, answer] of answers.entries()) {
          expect(answer.body.errors, `${name} with ${values[index]}`).toBeUndefined();
          expect(answer.body.data, `${name} with ${values[index]}`).toBeTruthy();
        }
      }
    } finally {
      survivors = await cypherRows("MATCH (n:ApiTestSentinel {id: $id}) WITH n, n.name AS name DELETE n RETURN name", { id: sentinel });
    }
    expect(survivors).toEqual([{ name: sentinel }]);
  });

  it("search still finds what the words say once special characters are escaped", async () => {
    const plain = await data(yoga, `{ search(text: "雄安新区") { node { id } } }`);
    const decorated = await data(yoga, `{ search(text: "雄安新区 AND (") { node { id } } }`);
    const plainIds = plain.search.map((hit: { node: { id: string } }) => hit.node.id);
    const decoratedIds = new Set(decorated.search.map((hit: { node: { id: string } }) => hit.node.id));
    expect(plainIds.length).toBeGreaterThan(0);
    for (const id of plainIds.slice(0, 3)) expect(decoratedIds.has(id)).toBe(true);
  });

  it("a forged cursor is refused, not interpreted", async () => {
    for (const attack of ATTACKS) {
      const answer = await ask(yoga, `query ($s: String) { reports(after: $s) { items { id } } }`, { s: attack });
      expect(errorCodes(answer), attack).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
