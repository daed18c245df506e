import type { ReportMeta, SectionRole } from "../../domain/index.ts";
import { isCongressReport, isNationalReport } from "./congress.ts";

export { isCongressReport } from "./congress.ts";
import { localIssuer, localRegion, provincialIssuerRegion, type IssuerRegion } from "./issuer-region.ts";
import { inferKind, inferPeriod } from "./period-kind.ts";
import { inferYear } from "./report-year.ts";

export interface MetaInput {
  /** The title line as written, or null when the report opens without one. */
  readonly title: string | null;
  /** Words of the report's top-level headings, in order. */
  readonly topHeadings: readonly string[];
  /** The roles of all the report's sections. */
  readonly roles: ReadonlySet<SectionRole>;
  /** The report's normalised text, title included. */
  readonly text: string;
}

/** The role a title gives the whole report: a pure review or a pure plan; null otherwise. */
export function reportRole(title: string): SectionRole | null {
  const kind = inferKind(title, new Set());
  return kind === "review" || kind === "plan" ? kind : null;
}

const NATIONAL: IssuerRegion = { issuer: "国务院", region: "全国" };

/**
 * A report without a title line is named by its only top-level heading when it is an
 * excerpt of one part (`2018年工作回顾`), else by what it is (`2019年国务院政府工作报告`).
 */
function displayTitle(input: MetaInput, year: number | null, who: IssuerRegion, congress: boolean): string {
  if (input.title !== null) return input.title;
  if (input.topHeadings.length === 1) return input.topHeadings[0]!;
  const issuer = who.issuer === "国务院" ? "国务院" : (who.region ?? "");
  if (congress) return `${year !== null ? `${year}年` : ""}${issuer}政府工作报告`;
  const firstLine = input.text.trim().split("\n", 1)[0] ?? "";
  return firstLine.slice(0, 30);
}

/** Title, issuer, region, year, period and kind of one report, as the guidelines define them. */
export function inferMeta(input: MetaInput): ReportMeta {
  const { title, text } = input;
  const congress = isCongressReport(title, text);
  const national = congress && isNationalReport(title, text);
  const fallbackTitle = title === null && input.topHeadings.length === 1 ? input.topHeadings[0]! : null;
  const year = inferYear({ title, fallbackTitle, text, congress, national });
  let who: IssuerRegion;
  if (national) who = NATIONAL;
  else {
    const provincial = congress ? provincialIssuerRegion(title, text) : null;
    if (provincial) who = provincial;
    else {
      const region = localRegion(title ?? "", text);
      const issuer = localIssuer(title ?? "", text, region);
      // `国务院2023年工作要点`: the State Council speaks for the whole country.
      who = issuer === NATIONAL.issuer ? NATIONAL : { issuer, region };
    }
  }
  const shown = displayTitle(input, year, who, congress);
  return {
    title: shown,
    issuer: who.issuer,
    region: who.region,
    year,
    period: inferPeriod(shown, congress),
    // A government work report with no telling sections still reviews and plans.
    kind: inferKind(shown, input.roles) ?? (congress ? "review+plan" : null),
  };
}
