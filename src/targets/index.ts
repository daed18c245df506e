export { pairTargets } from "./pair.ts";
export { familiesOfQuery, familyOf, isCeilingFamily, knownFamily } from "./vocabulary.ts";
export { judge } from "./verdict.ts";
export { noTargetStatements } from "./no-target.ts";
export { ReportTextSchema, TargetObservationSchema } from "./types.ts";
export type { NoTargetStatement, ReportText, TargetObservation, TargetPair, Verdict } from "./types.ts";
