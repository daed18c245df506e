// Indicators with the most observations, for the chart index: name, key and how many
// years they were stated for.
MATCH (ind:Indicator)<-[:OF_INDICATOR]-(o:Observation)
WITH ind, count(o) AS observations, count(DISTINCT o.periodYear) AS years
WHERE years >= $minYears
RETURN ind {.key, .name, .scope} AS indicator, observations, years
ORDER BY years DESC, observations DESC, ind.key
LIMIT toInteger($limit)
