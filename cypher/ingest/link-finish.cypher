// Records the lexicon every report of the scope is now linked with; a scope with no
// report left keeps no lexicon node.
MATCH (x:Lexicon {key: $scope})
SET x.terms = $terms.items, x.keys = $keys.items, x.hash = $hash
REMOVE x.stale
WITH x
CALL (x) {
  MATCH (r:Report {scope: $scope}) WHERE r.linkedWith IS NULL OR r.linkedWith <> $hash
  SET r.linkedWith = $hash
}
WITH x WHERE NOT EXISTS { MATCH (:Report {scope: $scope}) }
DELETE x
RETURN 1 AS done
