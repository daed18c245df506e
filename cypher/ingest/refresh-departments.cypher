// Derived properties of departments from every mention left in the graph (see refresh-projects).
UNWIND $keys.items AS key
MATCH (d:Department {key: key})
CALL (d){
  MATCH (:Report)-[m:MENTIONS_DEPARTMENT]->(d)
  WITH m.name AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
  RETURN collect(name)[0] AS name
}
CALL (d){
  MATCH (:Report)-[m:MENTIONS_DEPARTMENT]->(d)
  UNWIND m.names AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (d){
  MATCH (:Report)-[m:MENTIONS_DEPARTMENT]->(d)
  WITH m ORDER BY m.mergeScore, m.mergeRule
  RETURN collect(m)[0] AS weakest
}
WITH d, name, aliases, weakest WHERE name IS NOT NULL
SET d.name = name, d.aliases = aliases, d.mergeRule = weakest.mergeRule, d.mergeScore = weakest.mergeScore
RETURN count(d) AS refreshed
