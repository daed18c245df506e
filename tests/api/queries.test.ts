import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/pipeline/index.ts";
import { createTestScope, type TestScope } from "../support/test-scope.ts";
import { ask, data, testApi } from "./support/client.ts";
import { closeDriver, cypherRows, fixtureReportIds, loadFixtures } from "./support/graph.ts";

const yoga = testApi();

beforeAll(loadFixtures);
afterAll(closeDriver);

interface ReportRef { id: string; title: string; year: number | null; issuer: string | null; region: string | null; period: string | null; kind: string | null }

const REPORT_FIELDS = "id title year period kind issuer region";

describe("reports", () => {
  it("lists every report, newest first", async () => {
    const fixtures = await fixtureReportIds();
    const { reports } = await data(yoga, `{ reports(first: 100) { items { ${REPORT_FIELDS} } pageInfo { hasNextPage } } }`);
    const items = reports.items as ReportRef[];
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
    expect(items.map((report) => report.id)).toEqual(expect.arrayContaining(fixtures));
    const years = items.map((report) => report.year ?? -1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("filters by issuer, year range, period and kind together", async () => {
    const { reports } = await data(
      yoga,
      `{ reports(filter: { issuer: "国务院", yearFrom: 2024, yearTo: 2025, period: FY, kind: REVIEW_AND_PLAN }) { items { ${REPORT_FIELDS} } } }`,
    );
    const items = reports.items as ReportRef[];
    expect(items.length).toBeGreaterThan(0);
    for (const report of items) {
      expect(report.issuer).toContain("国务院");
      expect(report.year).toBeGreaterThanOrEqual(2024);
      expect(report.year).toBeLessThanOrEqual(2025);
      expect(report.period).toBe("FY");
      expect(report.kind).toBe("REVIEW_AND_PLAN");
    }
  });

  it("filters by region", async () => {
    const { reports } = await data(yoga, `{ reports(filter: { region: "河北" }) { items { ${REPORT_FIELDS} } } }`);
    const items = reports.items as ReportRef[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const report of items) expect(report.region).toContain("河北");
  });
});

describe("report", () => {
  it("returns sections, entities and evidence, all from that report", async () => {
    const { reports } = await data(yoga, `{ reports(filter: { issuer: "国务院", yearFrom: 2025, yearTo: 2025 }) { items { id title } } }`);
    const id = (reports.items as ReportRef[])[0]!.id;
    const { report } = await data(
      yoga,
      `query ($id: ID!) { report(id: $id) {
        id title year source ingestedAt
        sections { id parentId heading level role start end }
        entities {
          projects { project { id name } status nameAsWritten evidence { reportId text } }
          departments { department { id name } evidence { reportId } }
          organizations { organization { id name } }
          problems { problem { id text theme } text evidence { reportId text } }
          observations { indicator { id name } value unit periodYear report { id } evidence { reportId text } }
        }
        evidence(first: 5) { id reportId text start end }
      } }`,
      { id },
    );
    expect(report.id).toBe(id);
    expect(report.year).toBe(2025);
    expect(report.sections.length).toBeGreaterThan(1);
    const sectionIds = new Set(report.sections.map((section: { id: string }) => section.id));
    const parentIds = (report.sections as { parentId: string | null }[]).flatMap((section) => (section.parentId === null ? [] : [section.parentId]));
    expect(parentIds.length).toBeGreaterThan(0);
    expect(parentIds.filter((parentId) => !sectionIds.has(parentId))).toEqual([]);
    expect(report.entities.projects.length).toBeGreaterThan(0);
    expect(report.entities.observations.length).toBeGreaterThan(0);
    expect(report.evidence.length).toBe(5);
    const evidence = [
      ...report.evidence,
      ...report.entities.projects.flatMap((mention: { evidence: unknown[] }) => mention.evidence),
      ...report.entities.problems.flatMap((mention: { evidence: unknown[] }) => mention.evidence),
    ] as { reportId: string }[];
    for (const item of evidence) expect(item.reportId).toBe(id);
    for (const point of report.entities.observations) expect(point.report.id).toBe(id);
    // Global ids work too.
    const again = await data(yoga, `query ($id: ID!) { report(id: $id) { id } }`, { id: `Report:${id}` });
    expect(again.report.id).toBe(id);
  });

  it("answers null for an unknown id", async () => {
    expect((await data(yoga, `{ report(id: "no-such-report") { id } }`)).report).toBeNull();
  });
});

describe("recurringProjects", () => {
  // 20 mentions cover every report of the fixtures and keep the query under the cost limit.
  const query = `query ($minYears: Int, $issuer: String, $after: String) {
    recurringProjects(minYears: $minYears, issuer: $issuer, first: 100, after: $after) {
      items { project { id name aliases kind } years yearCount reportCount
              mentions(first: 20) { report { title year issuer } status evidence { text } } }
      pageInfo { hasNextPage endCursor }
    } }`;

  interface Recurring {
    project: { id: string; name: string };
    years: number[];
    yearCount: number;
    reportCount: number;
    mentions: { report: { year: number; issuer: string }; evidence: { text: string }[] }[];
  }
  type Page = { recurringProjects: { items: Recurring[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  /** Every item, page after page. */
  async function allRecurring(variables: Record<string, unknown> = {}): Promise<Recurring[]> {
    const items: Recurring[] = [];
    let after: string | null = null;
    do {
      const { recurringProjects }: Page = await data<Page>(yoga, query, { ...variables, after });
      items.push(...recurringProjects.items);
      after = recurringProjects.pageInfo.hasNextPage ? recurringProjects.pageInfo.endCursor : null;
    } while (after);
    return items;
  }

  const mentionYears = (item: Recurring): Set<number> => new Set(item.mentions.map((mention) => mention.report.year));
  const byYearsThenName = (a: Recurring, b: Recurring): number =>
    b.yearCount - a.yearCount || (a.project.name < b.project.name ? -1 : a.project.name > b.project.name ? 1 : 0);

  it("orders by number of years, then name, and every item recurs", async () => {
    const items = await allRecurring();
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((item) => item.project.id)).toEqual([...items].sort(byYearsThenName).map((item) => item.project.id));
    for (const item of items) {
      expect(item.yearCount).toBeGreaterThanOrEqual(2);
      expect(item.years.length).toBe(item.yearCount);
      for (const year of mentionYears(item)) expect(item.years).toContain(year);
      expect(item.mentions.every((mention) => mention.evidence.length > 0)).toBe(true);
    }
  });

  it("shows every year among 20 mentions of a project mentioned no more often than that", async () => {
    const items = (await allRecurring()).filter((item) => item.reportCount <= 20);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(mentionYears(item)).toEqual(new Set(item.years));
  });

  it("agrees with a direct count in the graph", async () => {
    const expected = await cypherRows(
      `MATCH (r:Report)-[:MENTIONS_PROJECT]->(p:Project) WHERE r.year IS NOT NULL
       WITH p, count(DISTINCT r.year) AS years WHERE years >= 2 RETURN p.key AS key ORDER BY key`,
    );
    const keys = (await allRecurring()).map((item) => item.project.id.replace(/^Project:/, ""));
    expect(keys.sort()).toEqual(expected.map((row) => row.key));
  });

  it("finds 雄安新区 across national and Hebei reports, and narrows by issuer", async () => {
    const xiongan = (await allRecurring()).find((item) => item.project.name === "雄安新区");
    expect(xiongan?.yearCount).toBeGreaterThanOrEqual(2);
    const hebei = await allRecurring({ issuer: "河北" });
    expect(hebei.some((item) => item.project.name === "雄安新区")).toBe(true);
    for (const item of hebei) {
      for (const mention of item.mentions) expect(mention.report.issuer).toContain("河北");
    }
  });

  it("fetches as many mentions as the largest `first` asked, through aliases, fragments and variables", async () => {
    const answer = await data(
      yoga,
      `query ($n: Int) { recurringProjects(first: 10) { items { reportCount a: mentions(first: 1) { status } ...More } } }
       fragment More on ProjectActivity { b: mentions(first: $n) { status } c: mentions { status } }`,
      { n: 3 },
    );
    const items = answer.recurringProjects.items as { reportCount: number; a: unknown[]; b: unknown[]; c: unknown[] }[];
    expect(items.some((item) => item.reportCount >= 3)).toBe(true);
    for (const item of items) {
      expect(item.a).toHaveLength(1);
      expect(item.b).toHaveLength(Math.min(3, item.reportCount));
      expect(item.c).toHaveLength(Math.min(10, item.reportCount));
    }
  });

  it("minYears raises the bar", async () => {
    const { recurringProjects } = await data(yoga, query, { minYears: 3 });
    for (const item of recurringProjects.items as { yearCount: number }[]) expect(item.yearCount).toBeGreaterThanOrEqual(3);
  });
});

describe("indicatorSeries", () => {
  const query = `query ($name: String!, $issuer: String) { indicatorSeries(name: $name, issuer: $issuer) {
    name indicators { id name aliases scope }
    points { periodYear reportYear value unit normalizedValue change changeUnit status report { title year issuer } evidence { text } }
  } }`;

  it("finds 国内生产总值 when asked for GDP, ordered by year", async () => {
    const { indicatorSeries } = await data(yoga, query, { name: "GDP", issuer: "国务院" });
    expect(indicatorSeries.indicators.map((indicator: { name: string }) => indicator.name)).toContain("国内生产总值");
    const points = indicatorSeries.points as { periodYear: number | null; reportYear: number | null; evidence: { text: string } | null; report: { issuer: string } }[];
    expect(points.length).toBeGreaterThan(0);
    const years = points.map((point) => point.periodYear ?? point.reportYear ?? 0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const point of points) {
      expect(point.report.issuer).toContain("国务院");
      expect(point.evidence?.text.length).toBeGreaterThan(0);
    }
  });

  it("matches the canonical name as well as the alias", async () => {
    const byAlias = await data(yoga, query, { name: "GDP", issuer: "国务院" });
    const byName = await data(yoga, query, { name: "国内生产总值", issuer: "国务院" });
    expect(byName.indicatorSeries.points).toEqual(byAlias.indicatorSeries.points);
    const lowerCase = await data(yoga, query, { name: "gdp", issuer: "国务院" });
    expect(lowerCase.indicatorSeries.points).toEqual(byAlias.indicatorSeries.points);
  });

  it("answers empty lists for an unknown indicator", async () => {
    const { indicatorSeries } = await data(yoga, query, { name: "不存在的指标" });
    expect(indicatorSeries).toEqual({ name: "不存在的指标", indicators: [], points: [] });
  });
});

describe("problems", () => {
  it("recurringProblems recur and respect theme", async () => {
    const { recurringProblems } = await data(yoga, `{ recurringProblems(first: 50) { items { problem { id text theme } years yearCount mentions { report { year } text } } } }`);
    const items = recurringProblems.items as { problem: { theme: string }; yearCount: number }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.yearCount).toBeGreaterThanOrEqual(2);
    const theme = items[0]!.problem.theme;
    const themed = await data(yoga, `query ($theme: ProblemTheme) { recurringProblems(theme: $theme) { items { problem { theme } } } }`, { theme });
    expect(themed.recurringProblems.items.length).toBeGreaterThan(0);
    for (const item of themed.recurringProblems.items) expect(item.problem.theme).toBe(theme);
  });

  it("problems filter by text, theme and years", async () => {
    const { problems } = await data(
      yoga,
      `{ problems(filter: { search: "不足", yearFrom: 2023, yearTo: 2026 }, first: 20) { items { problem { text theme } reportCount mentions { report { year } text } } } }`,
    );
    const items = problems.items as { problem: { text: string }; mentions: { report: { year: number }; text: string }[] }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.problem.text.includes("不足") || item.mentions.some((mention) => mention.text.includes("不足"))).toBe(true);
      for (const mention of item.mentions) expect(mention.report.year).toBeGreaterThanOrEqual(2023);
    }
  });
});

describe("departments and projects", () => {
  it("departments match the search and carry their projects", async () => {
    const { departments } = await data(yoga, `{ departments(search: "党中央", first: 10) { items { department { id name aliases } years reportCount projects { project { id name } roles reportIds } } } }`);
    const items = departments.items as { department: { name: string; aliases: string[] }; reportCount: number }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect([item.department.name, ...item.department.aliases].some((name) => name.includes("党中央"))).toBe(true);
      expect(item.reportCount).toBeGreaterThan(0);
    }
  });

  it("projects filter by name, issuer, years and status", async () => {
    const { projects } = await data(
      yoga,
      `{ projects(search: "雄安", issuer: "河北", yearFrom: 2025, yearTo: 2026, status: PLANNED) { items { project { name aliases } years mentions { report { issuer year } status nameAsWritten } } } }`,
    );
    const items = projects.items as { project: { name: string; aliases: string[] }; mentions: { report: { issuer: string; year: number }; status: string; nameAsWritten: string }[] }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.mentions.length).toBeGreaterThan(0);
      for (const mention of item.mentions) {
        expect(mention.report.issuer).toContain("河北");
        expect(mention.status).toBe("PLANNED");
        expect(mention.report.year).toBeGreaterThanOrEqual(2025);
      }
    }
  });
});

describe("a department's projects", () => {
  // The fixture reports name no department responsible for a project; this plan does.
  let scope: TestScope;
  beforeAll(async () => {
    scope = await createTestScope();
    await ingestPaths(await scope.add(["fixtures/commitments/qinglan_2024.txt"]));
  });
  afterAll(() => scope.dispose());

  it("lists every project the department is responsible for", async () => {
    const [top] = (await cypherRows(
      `MATCH (d:Department)-[:RESPONSIBLE_FOR]->(p:Project) WHERE d.scope STARTS WITH $tag
       RETURN d.name AS name, count(DISTINCT p) AS projects ORDER BY projects DESC, name LIMIT 1`,
      { tag: scope.tag },
    )) as { name: string; projects: number }[];
    expect(top?.projects).toBeGreaterThan(0);
    const found = await data(
      yoga,
      `query ($name: String, $issuer: String) { departments(search: $name, issuer: $issuer, first: 100) { items { department { name } projects { project { name } roles } } } }`,
      { name: top?.name, issuer: scope.issuer("青岚县") },
    );
    const items = found.departments.items as { department: { name: string }; projects: { roles: string[] }[] }[];
    expect(items.map((item) => item.department.name)).toEqual([top?.name]);
    expect(items[0]?.projects).toHaveLength(top?.projects ?? -1);
    expect(items[0]?.projects.flatMap((project) => project.roles)).toContain("responsible");
  });
});

describe("search, node and stats", () => {
  it("search finds entities through the full-text index", async () => {
    const { search } = await data(yoga, `{ search(text: "雄安新区", first: 10) { node { id label name } score } }`);
    const hits = search as { node: { id: string; label: string; name: string }; score: number }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.node.label === "Project" && hit.node.name.includes("雄安"))).toBe(true);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("search for blank text answers nothing", async () => {
    expect((await data(yoga, `{ search(text: "   ") { score } }`)).search).toEqual([]);
  });

  it("node returns properties and neighbours, and neighbours resolve as nodes", async () => {
    const { recurringProjects } = await data(yoga, `{ recurringProjects(first: 1) { items { project { id name } reportCount } } }`);
    const { project, reportCount } = recurringProjects.items[0];
    const { node } = await data(
      yoga,
      `query ($id: ID!) { node(id: $id) { id label name properties { key value } neighbours(first: 100) { relationship direction node { id label name } } } }`,
      { id: project.id },
    );
    expect(node).toMatchObject({ id: project.id, label: "Project", name: project.name });
    expect(node.properties).toContainEqual({ key: "name", value: JSON.stringify(project.name) });
    const reports = node.neighbours.filter((neighbour: { relationship: string }) => neighbour.relationship === "MENTIONS_PROJECT");
    expect(reports.length).toBe(reportCount);
    for (const neighbour of reports) expect(neighbour).toMatchObject({ direction: "IN", node: { label: "Report" } });
    const reportNode = await data(yoga, `query ($id: ID!) { node(id: $id) { id label } }`, { id: reports[0].node.id });
    expect(reportNode.node).toEqual({ id: reports[0].node.id, label: "Report" });
  });

  it("node answers null for unknown ids", async () => {
    const { a, b } = await data(yoga, `{ a: node(id: "Project:no|such") { id } b: node(id: "nothing") { id } }`);
    expect([a, b]).toEqual([null, null]);
  });

  it("stats counts every label as the graph does", async () => {
    // Other suites may be writing; the answer must lie between counts taken around it.
    const count = async () => (await cypherRows("MATCH (r:Report) RETURN count(r) AS reports"))[0]!.reports as number;
    const before = await count();
    const { stats } = await data(yoga, `{ stats { reports projects departments organizations problems indicators observations evidence relationships labels { label count } } }`);
    const after = await count();
    expect(stats.reports).toBeGreaterThanOrEqual(Math.min(before, after));
    expect(stats.reports).toBeLessThanOrEqual(Math.max(before, after));
    expect(stats.projects).toBeGreaterThan(0);
    const byLabel = Object.fromEntries((stats.labels as { label: string; count: number }[]).map((entry) => [entry.label, entry.count]));
    expect(byLabel).toMatchObject({ Report: stats.reports, Project: stats.projects, Evidence: stats.evidence });
  });

  it("ok answers without the database", async () => {
    expect((await ask(yoga, "{ ok }")).body).toEqual({ data: { ok: true } });
  });
});
