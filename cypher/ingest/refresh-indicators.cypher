// Derived properties of indicators from every observation left in the graph: the most
// used name, every name as an alias, the most used base unit, the weakest merge; so
// they never depend on which report was written first.
UNWIND $keys.items AS key
MATCH (i:Indicator {key: key})
CALL (i){
  MATCH (:Observation)-[x:OF_INDICATOR]->(i)
  WITH x.name AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
  RETURN collect(name)[0] AS name
}
CALL (i){
  MATCH (:Observation)-[x:OF_INDICATOR]->(i)
  WITH DISTINCT x.name AS alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (i){
  MATCH (o:Observation)-[:OF_INDICATOR]->(i)
  WITH o.baseUnit AS unit, count(*) AS uses ORDER BY uses DESC, unit
  RETURN collect(unit)[0] AS baseUnit
}
CALL (i){
  MATCH (:Observation)-[x:OF_INDICATOR]->(i)
  WITH x ORDER BY x.mergeScore, x.mergeRule
  RETURN collect(x)[0] AS weakest
}
WITH i, name, aliases, baseUnit, weakest WHERE name IS NOT NULL
SET i.name = name, i.aliases = aliases, i.baseUnit = baseUnit,
    i.mergeRule = weakest.mergeRule, i.mergeScore = weakest.mergeScore
RETURN count(i) AS refreshed
