// Derived properties of projects from every mention left in the graph, so they never
// depend on which report was written last: the most used spelling names the node,
// every spelling is an alias, the weakest merge is the one shown. A node only linked
// mentions name (a listed national programme) is a programme.
UNWIND $keys.items AS key
MATCH (p:Project {key: key})
CALL (p){
  MATCH (:Report)-[m:MENTIONS_PROJECT]->(p)
  WITH m.name AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
  RETURN collect(name)[0] AS name
}
CALL (p){
  MATCH (:Report)-[m:MENTIONS_PROJECT]->(p)
  UNWIND m.names AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (p){
  MATCH (:Report)-[m:MENTIONS_PROJECT]->(p)
  WITH m.kind AS kind, count(*) AS uses ORDER BY uses DESC, kind
  RETURN collect(kind)[0] AS kind
}
CALL (p){
  MATCH (:Report)-[m:MENTIONS_PROJECT]->(p)
  WITH m ORDER BY m.mergeScore, m.mergeRule
  RETURN collect(m)[0] AS weakest
}
WITH p, name, aliases, kind, weakest WHERE name IS NOT NULL
SET p.name = name, p.aliases = aliases, p.kind = coalesce(kind, 'programme'), p.mergeRule = weakest.mergeRule, p.mergeScore = weakest.mergeScore
RETURN count(p) AS refreshed
