// Deletes the Report node of $id once report-clear has emptied it; the names it
// confirmed may leave its scope's lexicon, so the scope is marked for relinking.
MATCH (r:Report {id: $id})
CALL (r) {
  MATCH (x:Lexicon {key: r.scope})
  SET x.stale = true
}
DETACH DELETE r
