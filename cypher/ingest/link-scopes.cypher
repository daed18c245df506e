// Scopes whose links are out of date: a report written since the last link (its
// linkedWith is gone), or a report removed from the scope (its lexicon is stale).
CALL () {
  MATCH (r:Report) WHERE r.linkedWith IS NULL RETURN DISTINCT r.scope AS scope
  UNION
  MATCH (x:Lexicon {stale: true}) RETURN x.key AS scope
}
RETURN scope ORDER BY scope
