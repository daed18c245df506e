// :param minYears => 2
// :param scope => null
// Difficulties an issuer names year after year. A problem node is keyed by issuer,
// theme and a normalised signature of the clause, so reworded statements of the same
// difficulty meet here; `wordings` shows how each year put it.
MATCH (r:Report)-[s:STATES_PROBLEM]->(p:Problem)
WHERE r.year IS NOT NULL AND ($scope IS NULL OR p.scope = $scope)
WITH p, r, s ORDER BY r.year
WITH p, collect(DISTINCT r.year) AS years, collect(r.year + ": " + s.text) AS wordings
WHERE size(years) >= $minYears
RETURN p.scope AS scope, p.theme AS theme, p.signature AS problem, size(years) AS yearCount, years, wordings[..6] AS wordings, p.mergeRule AS mergeRule
ORDER BY yearCount DESC, scope, theme, problem
LIMIT 50
