import { clauseOf, followsPastYear, headingYear, isInReview, isMultiYear, isPartOfYear, isLentName, isPreliminary, lastYearNamed, namesAYear, natureOf, strives } from "./context.ts";
import { measureGroup, measuresOf } from "./measure.ts";
import { noTargetStatements } from "./no-target.ts";
import { judge } from "./verdict.ts";
import { LOOSE_NAME_OVERLAP, nameOverlap, unitsAgree } from "./loose-outcome.ts";
import { familyOf, isCeilingFamily, knownFamily } from "./vocabulary.ts";
import type { Measure, NoTargetStatement, ReportText, TargetObservation, TargetPair } from "./types.ts";

/** A target or an outcome for one year of one family, in one measure. */
interface Claim {
  readonly observation: TargetObservation;
  readonly family: string;
  readonly group: string;
  readonly year: number;
  readonly measure: Measure;
}

const ROLE_RANK: Readonly<Record<string, number>> = { targets: 0, plan: 1, review: 2 };
const PERIOD_RANK: Readonly<Record<string, number>> = { FY: 0, H2: 1 };
const roleRank = (role: string | null, first: string): number => (role === first ? -1 : (ROLE_RANK[role ?? ""] ?? 3));
const byText = (a: Claim, b: Claim): number =>
  a.observation.reportId.localeCompare(b.observation.reportId) || a.observation.start - b.observation.start || a.observation.id.localeCompare(b.observation.id);

function claimsOf(observation: TargetObservation, year: number): Claim[] {
  const family = familyOf(observation.name, observation.indicatorKey);
  if (isLentName(observation, family)) return [];
  return measuresOf(observation).map((measure) => ({ observation, family, group: measureGroup(measure), year, measure }));
}

/** Under a heading about a past year (2024年工作回顾), with no later year named before the value: a review. */
function isUnderPastHeading(observation: TargetObservation, reportYear: number): boolean {
  const heading = headingYear(observation);
  return heading !== null && heading < reportYear && (lastYearNamed(observation) ?? heading) < reportYear;
}

/** A target for the report's own year, stated as an annual aim. */
function targetClaims(observation: TargetObservation): Claim[] {
  const { status, reportYear, reportPeriod } = observation;
  if (status !== "target" || reportYear === null || targetYear(observation) !== reportYear || reportPeriod === "H1") return [];
  if (isMultiYear(observation) || isPartOfYear(observation) || isInReview(observation) || isUnderPastHeading(observation, reportYear)) return [];
  return claimsOf(observation, reportYear).slice(0, 1);
}

/**
 * The year a target is for. An aim read in a section taken for the review (dated to
 * last year) is still the report's own aim unless a past year is named last before it:
 * a report states last year's aims only beside what it names as last year.
 */
function targetYear(observation: TargetObservation): number | null {
  const { periodYear, reportYear, sectionRole } = observation;
  if (periodYear === null || reportYear === null) return periodYear;
  if (periodYear !== reportYear - 1 || sectionRole !== "review") return periodYear;
  const named = lastYearNamed(observation);
  return named === null || named >= reportYear ? reportYear : periodYear;
}

/**
 * The year a result is for. An annual report delivered early in its year cannot state
 * a whole-year result of that year: a result it dates to its own year is last year's.
 */
function resultYear(observation: TargetObservation, periodYear: number): number {
  const { reportYear, reportPeriod, reportKind } = observation;
  const delivered = reportPeriod === "FY" && reportKind !== "review";
  return delivered && periodYear === reportYear ? periodYear - 1 : periodYear;
}

/** Words of an aim in a clause: a figure they govern is no result. */
const AIM = /目标|预期|力争|争取|计划|要求/;

/**
 * A figure the extractor read as an aim, with no aim word in its own clause, stated
 * after the report names a past year: a result. In a review (全面实现年初确定的主要目标，国内生产总值增长7.8%),
 * or in a plan section that opens on last year (过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%).
 */
function isReviewedAim(observation: TargetObservation): boolean {
  const { status, sectionRole, periodYear, reportYear } = observation;
  if (status !== "target" || periodYear === null || reportYear === null || AIM.test(clauseOf(observation))) return false;
  if (sectionRole === "review") return periodYear < reportYear && namesAYear(observation);
  return periodYear === reportYear && followsPastYear(observation);
}

/** A result for a whole year, stated in a review. */
function outcomeClaims(observation: TargetObservation): Claim[] {
  const { status, periodYear, reportPeriod } = observation;
  const stated = status === "actual" || status === "expected" || isReviewedAim(observation);
  if (!stated || periodYear === null || reportPeriod === "H1") return [];
  if (isMultiYear(observation) || isPartOfYear(observation)) return [];
  return claimsOf(observation, resultYear(observation, periodYear));
}

/** The report's own target first: the annual report's targets section, earliest in its text. */
function headline(targets: readonly Claim[]): Claim | undefined {
  return [...targets].sort(
    (a, b) =>
      (PERIOD_RANK[a.observation.reportPeriod ?? ""] ?? 2) - (PERIOD_RANK[b.observation.reportPeriod ?? ""] ?? 2) ||
      roleRank(a.observation.sectionRole, "targets") - roleRank(b.observation.sectionRole, "targets") ||
      byText(a, b),
  )[0];
}

/** Whether `outcome` was stated after the target's report: a later year, or a year-end review of the same year. */
function statedAfter(outcome: TargetObservation, year: number, targetReport: string | null): boolean {
  if (outcome.reportId === targetReport || outcome.reportYear === null) return false;
  return outcome.reportYear > year || (outcome.reportYear === year && outcome.reportKind === "review");
}

/**
 * The outcome of a year: a final figure from the first report that gives one (the next
 * year's review), else the latest preliminary (预计) figure; within a report the review
 * section's first plain statement.
 */
function outcomeFor(outcomes: readonly Claim[], year: number, targetReport: string | null): Claim | undefined {
  const candidates = outcomes.filter((c) => statedAfter(c.observation, year, targetReport));
  const withinReport = (a: Claim, b: Claim): number =>
    roleRank(a.observation.sectionRole, "review") - roleRank(b.observation.sectionRole, "review") ||
    Number(a.observation.qualifier !== null) - Number(b.observation.qualifier !== null) ||
    byText(a, b);
  const finals = candidates.filter((c) => !isPreliminary(c.observation));
  if (finals.length > 0) {
    return finals.sort((a, b) => (a.observation.reportYear ?? 0) - (b.observation.reportYear ?? 0) || withinReport(a, b))[0];
  }
  return [...candidates].sort((a, b) => (b.observation.reportYear ?? 0) - (a.observation.reportYear ?? 0) || withinReport(a, b))[0];
}

function groupBy(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.family}|${claim.group}|${claim.year}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return groups;
}

function pairOf(scope: string, target: Claim, outcome: Claim | undefined): TargetPair {
  const ceiling = isCeilingFamily(target.family);
  const base = {
    key: `${scope}|${target.family}|${target.group}|${target.year}`,
    family: target.family,
    measure: target.measure.kind,
    year: target.year,
    targetId: target.observation.id,
    strive: strives(target.observation),
    nature: natureOf(target.observation),
    ceiling,
    noTarget: null,
  };
  if (outcome === undefined) {
    return { ...base, outcomeId: null, gap: null, gapUnit: null, verdict: "NO_OUTCOME_REPORTED", preliminary: false };
  }
  const judgement = judge(target.measure, outcome.measure, target.observation.qualifier, ceiling);
  return { ...base, outcomeId: outcome.observation.id, ...judgement, preliminary: isPreliminary(outcome.observation) };
}

function noTargetPair(scope: string, statement: NoTargetStatement, outcome: Claim | undefined): TargetPair {
  return {
    key: `${scope}|${statement.family}|rate|${statement.year}`,
    family: statement.family,
    measure: "rate",
    year: statement.year,
    targetId: null,
    outcomeId: outcome?.observation.id ?? null,
    gap: null,
    gapUnit: null,
    verdict: "NO_TARGET_SET",
    strive: false,
    nature: null,
    ceiling: isCeilingFamily(statement.family),
    preliminary: outcome === undefined ? false : isPreliminary(outcome.observation),
    noTarget: statement,
  };
}

/**
 * Amounts of no known family left without an outcome (a plan's task: 改造农村互助幸福院100个)
 * take one the next reviews word differently (改造提升农村互助幸福院108个, 加装电梯869台 for
 * 加装电梯600部): same year, amounts that measure alike, most of one name in the other, and
 * an indicator with no target of its own that year. The closest name wins.
 */
function looseOutcomes(
  targets: ReadonlyMap<string, Claim[]>,
  outcomes: readonly Claim[],
  pairs: ReadonlyMap<string, TargetPair>,
): Array<[string, { claim: Claim; outcome: Claim }]> {
  const found: Array<[string, { claim: Claim; outcome: Claim }]> = [];
  for (const [key, claims] of targets) {
    const claim = headline(claims);
    if (claim === undefined || pairs.get(key)?.outcomeId !== null || claim.measure.kind !== "level" || knownFamily(claim.family) !== null) continue;
    const scored = outcomes
      .filter((c) => c.year === claim.year && c.family !== claim.family && knownFamily(c.family) === null && !targets.has(`${c.family}|${c.group}|${c.year}`))
      .filter((c) => unitsAgree(claim.measure, c.measure))
      .map((c) => ({ c, overlap: nameOverlap(claim.family, c.family) }))
      .filter(({ overlap }) => overlap >= LOOSE_NAME_OVERLAP);
    const best = Math.max(...scored.map(({ overlap }) => overlap));
    const outcome = outcomeFor(scored.filter(({ overlap }) => overlap === best).map(({ c }) => c), claim.year, claim.observation.reportId);
    if (outcome !== undefined) found.push([key, { claim, outcome }]);
  }
  return found;
}

/**
 * Pairs every annual target of one scope with the outcome a later report states for its
 * year, and marks the years a report says it sets no target. A pure function of the
 * scope's observations and report texts: input order never changes the answer.
 */
export function pairTargets(scope: string, observations: readonly TargetObservation[], reports: readonly ReportText[]): TargetPair[] {
  const targets = groupBy(observations.flatMap(targetClaims));
  const outcomes = groupBy(observations.flatMap(outcomeClaims));
  const pairs = new Map<string, TargetPair>();
  for (const [key, claims] of targets) {
    const target = headline(claims);
    if (target === undefined) continue;
    pairs.set(key, pairOf(scope, target, outcomeFor(outcomes.get(key) ?? [], target.year, target.observation.reportId)));
  }
  for (const [key, target] of looseOutcomes(targets, observations.flatMap(outcomeClaims), pairs)) {
    pairs.set(key, pairOf(scope, target.claim, target.outcome));
  }
  const statements = reports.flatMap(noTargetStatements).sort((a, b) => a.reportId.localeCompare(b.reportId) || a.start - b.start);
  for (const statement of statements) {
    const key = `${statement.family}|rate|${statement.year}`;
    if (pairs.has(key)) continue;
    pairs.set(key, noTargetPair(scope, statement, outcomeFor(outcomes.get(key) ?? [], statement.year, statement.reportId)));
  }
  return [...pairs.values()].sort((a, b) => a.key.localeCompare(b.key));
}
