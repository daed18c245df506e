// Takes the scope's lexicon node for this transaction (a write lock, so two ingests
// link one scope one after the other) and returns the terms its reports were linked with.
MERGE (x:Lexicon {key: $scope})
SET x.stale = coalesce(x.stale, false)
RETURN coalesce(x.terms, []) AS terms, coalesce(x.keys, []) AS keys, x.hash AS hash
