/** A GraphiQL tab as Yoga's `defaultTabs` takes it: the query and its variables as JSON text. */
export interface GraphiQLTab {
  readonly query: string;
  readonly variables: string;
}

const tab = (query: string, variables: Record<string, unknown>): GraphiQLTab => ({ query, variables: JSON.stringify(variables, null, 2) });

/**
 * One saved tab per question GovKG answers, variables filled in with values the
 * fixtures hold; the first is the one GraphiQL shows on opening.
 */
export const GRAPHIQL_TABS: readonly GraphiQLTab[] = [
  tab(
    `# Projects that recur across report years
query RecurringProjects($minYears: Int, $issuer: String) {
  recurringProjects(minYears: $minYears, issuer: $issuer, first: 5) {
    items {
      project { name aliases kind }
      years
      reportCount
      mentions(first: 3) { report { title year } status evidence { text } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    { minYears: 2, issuer: null },
  ),
  tab(
    `# One indicator over the years, with the sentence behind each value
query IndicatorSeries($name: String!, $issuer: String) {
  indicatorSeries(name: $name, issuer: $issuer) {
    indicators { key name aliases }
    points { periodYear value unit change changeUnit status report { year issuer } evidence { text } }
  }
}
`,
    { name: "GDP", issuer: "国务院" },
  ),
  tab(
    `# Targets set in one year and what a later report says was reached
query TargetOutcomes($indicator: String!, $issuer: String) {
  targetOutcomes(indicator: $indicator, issuer: $issuer) {
    year issuer verdict gap gapUnit
    target { value unit qualifier evidence { text } }
    outcome { value unit change changeUnit evidence { text } }
  }
}
`,
    { indicator: "GDP", issuer: "国务院" },
  ),
  tab(
    `# Difficulties an issuer names year after year
query RecurringProblems($minYears: Int, $issuer: String) {
  recurringProblems(minYears: $minYears, issuer: $issuer, first: 10) {
    items { problem { theme text } years mentions(first: 3) { report { year } text } }
  }
}
`,
    { minYears: 2, issuer: null },
  ),
  tab(
    `# Everything one report states, with its evidence (the id of the 2024 national report
# of fixtures/reports; /reports lists the others)
query ReportFacts($id: ID!) {
  report(id: $id) {
    title year issuer
    sections { heading level role }
    entities {
      observations { indicator { name } value unit status periodYear evidence { text start end } }
      projects { project { name } status evidence { text } }
      problems { problem { theme } text }
    }
  }
}
`,
    { id: "ca00559742b5409c8b9f227a" },
  ),
  tab(
    `# Which projects a department leads or is responsible for
query DepartmentProjects($search: String) {
  departments(search: $search, first: 5) {
    items { department { name aliases scope } years projects { project { name } roles } }
  }
}
`,
    { search: "发改委" },
  ),
];
