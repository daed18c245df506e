// :param minYears => 3
// :param scope => null
// Projects that come back in the reports of several years: one node per project
// (spellings merged by entity resolution), the years it was mentioned in, and how.
// $scope narrows to one issuer key ("national", "河北省"); null means all issuers.
MATCH (r:Report)-[m:MENTIONS_PROJECT]->(p:Project)
WHERE r.year IS NOT NULL AND ($scope IS NULL OR p.scope = $scope)
WITH p, r, m ORDER BY r.year
WITH p, collect(DISTINCT r.year) AS years, collect(DISTINCT m.status) AS statuses, count(DISTINCT r) AS reports
WHERE size(years) >= $minYears
RETURN p.name AS project, p.scope AS scope, size(years) AS yearCount, years, reports,
       p.aliases AS spellings, statuses, p.mergeRule AS mergeRule
ORDER BY yearCount DESC, reports DESC, project
LIMIT 50
