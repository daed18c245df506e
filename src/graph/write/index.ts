export { writeReportGraph, removeReport, type WriteOptions } from "./write-report.ts";
export { reportStates, supersededReports, type ReportState } from "./report-state.ts";
export { addCounters, ZERO_COUNTERS, type WriteCounters } from "./counters.ts";
export type { FaultInjection } from "./statement-runner.ts";
export { linkScopeInTransaction, scopesToLink, type ScopeLinkTransaction, type LinkTargetRow, type LinkWriteRow, type ConfirmedRow } from "./link-scope.ts";
export { pairScopeInTransaction, scopesToPair, type ScopePairTransaction } from "./target-pairs.ts";
export { settleUnsettled } from "./settle.ts";
export { statementTimings, resetStatementTimings, type StatementTiming } from "./statement-runner.ts";
