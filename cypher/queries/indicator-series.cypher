// :param indicator => "GDP"
// :param scope => "national"
// One indicator's values over the years for one issuer, with the sentence each value
// came from. $indicator matches the name, any spelling (国内生产总值, 地区生产总值) or
// the canonical key part ("GDP", "CPI"); $scope is an issuer key or null for all.
MATCH (i:Indicator)
WHERE ($scope IS NULL OR i.scope = $scope)
  AND (i.name = $indicator OR $indicator IN i.aliases OR i.key ENDS WITH "|" + $indicator)
MATCH (r:Report)-[:HAS_OBSERVATION]->(o:Observation)-[x:OF_INDICATOR]->(i)
OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(o)
RETURN i.scope AS scope, coalesce(o.periodYear, r.year) AS year, r.year AS reportYear, o.status AS status,
       o.value AS value, o.unit AS unit, o.change AS change, o.changeUnit AS changeUnit,
       x.name AS asWritten, e.text AS evidence
ORDER BY scope, year, reportYear, status
LIMIT 200
