// Derived properties of organisations from every mention left in the graph (see refresh-projects).
UNWIND $keys.items AS key
MATCH (o:Organization {key: key})
CALL (o){
  MATCH (:Report)-[m:MENTIONS_ORGANIZATION]->(o)
  WITH m.name AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
  RETURN collect(name)[0] AS name
}
CALL (o){
  MATCH (:Report)-[m:MENTIONS_ORGANIZATION]->(o)
  UNWIND m.names AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (o){
  MATCH (:Report)-[m:MENTIONS_ORGANIZATION]->(o)
  WITH m.kind AS kind, count(*) AS uses ORDER BY uses DESC, kind
  RETURN collect(kind)[0] AS kind
}
CALL (o){
  MATCH (:Report)-[m:MENTIONS_ORGANIZATION]->(o)
  WITH m ORDER BY m.mergeScore, m.mergeRule
  RETURN collect(m)[0] AS weakest
}
WITH o, name, aliases, kind, weakest WHERE name IS NOT NULL
SET o.name = name, o.aliases = aliases, o.kind = kind, o.mergeRule = weakest.mergeRule, o.mergeScore = weakest.mergeScore
RETURN count(o) AS refreshed
