// Records the reports the scope is now paired with; a scope with no report left keeps
// no ledger.
MATCH (l:TargetLedger {key: $scope})
SET l.reports = COLLECT { MATCH (r:Report {scope: $scope}) RETURN r.id ORDER BY r.id }
WITH l
CALL (l) {
  MATCH (r:Report {scope: $scope}) WHERE r.paired IS NULL
  SET r.paired = true
}
WITH l WHERE size(l.reports) = 0
DELETE l
RETURN 1 AS done
