export { describeTarget, graphStats, graphTarget, modelStats, type GraphStats, type GraphTarget, type ModelStats } from "./graph-stats.ts";
export { backupGraph, type BackupSummary } from "./backup.ts";
export { restoreGraph, RestoreError, type RestoreErrorCode, type RestoreOptions, type RestoreSummary } from "./restore.ts";
export { BackupLineSchema, parseBackupLine } from "./backup-line.ts";
