// Scopes whose target/outcome pairs are out of date: a report written since the last
// pairing (its `paired` flag is gone), or a report set that differs from the one the
// scope was last paired with (a report removed).
CALL () {
  MATCH (r:Report) WHERE r.paired IS NULL RETURN DISTINCT r.scope AS scope
  UNION
  MATCH (l:TargetLedger)
  WHERE l.reports <> COLLECT { MATCH (r:Report {scope: l.key}) RETURN r.id ORDER BY r.id }
  RETURN l.key AS scope
}
RETURN scope ORDER BY scope
