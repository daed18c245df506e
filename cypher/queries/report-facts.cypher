// :param year => 2024
// :param scope => "national"
// Everything one report states, as a graph to look at in Browser: its projects,
// departments, problems and observations with their indicators.
MATCH (r:Report)
WHERE r.year = $year AND ($scope IS NULL OR r.scope = $scope)
WITH r ORDER BY r.id LIMIT 1
MATCH fact = (r)-[:MENTIONS_PROJECT|MENTIONS_DEPARTMENT|MENTIONS_ORGANIZATION|STATES_PROBLEM|COVERS]-(n)
RETURN fact
UNION
MATCH (r:Report)
WHERE r.year = $year AND ($scope IS NULL OR r.scope = $scope)
WITH r ORDER BY r.id LIMIT 1
MATCH fact = (r)-[:HAS_OBSERVATION]->(:Observation)-[:OF_INDICATOR]->(:Indicator)
RETURN fact
