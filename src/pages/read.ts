import type { z } from "zod";
import { cypher, readQuery, type Params, type Statement } from "../graph/index.ts";
import {
  IndicatorListRow,
  ProjectRow,
  ReportFiltersRow,
  ReportListRow,
  ReportTextRow,
  SeriesRow,
} from "./rows.ts";

/** The statements of cypher/pages/ with the row each returns. */
const STATEMENTS = {
  report: ReportTextRow,
  reports: ReportListRow,
  "report-filters": ReportFiltersRow,
  "indicator-series": SeriesRow,
  "indicator-list": IndicatorListRow,
  project: ProjectRow,
} as const;
type StatementName = keyof typeof STATEMENTS;

/** Runs one named statement of cypher/pages/ and returns its checked rows. */
export type PagesRead = <N extends StatementName>(name: N, params: Params) => Promise<z.infer<(typeof STATEMENTS)[N]>[]>;

/** Loads every statement once, so a missing file fails at start-up. */
export function createPagesRead(): PagesRead {
  const statements = new Map<string, Statement>(Object.keys(STATEMENTS).map((name) => [name, cypher(`pages/${name}`)]));
  return async <N extends StatementName>(name: N, params: Params) =>
    (await readQuery(statements.get(name) as Statement, params, STATEMENTS[name])) as z.infer<(typeof STATEMENTS)[N]>[];
}
