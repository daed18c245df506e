// Takes the scope's target ledger for this transaction (a write lock, so two ingests
// pair one scope one after the other).
MERGE (l:TargetLedger {key: $scope})
SET l.reports = coalesce(l.reports, [])
RETURN l.key AS scope
