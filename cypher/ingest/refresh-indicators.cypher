// Derived properties of indicators from every observation left in the graph: the most
// used name, every name as an alias, the most used base unit.
UNWIND $keys AS key
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
WITH i, name, aliases, baseUnit WHERE name IS NOT NULL
SET i.name = name, i.aliases = aliases, i.baseUnit = baseUnit
RETURN count(i) AS refreshed
