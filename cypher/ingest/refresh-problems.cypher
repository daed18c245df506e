// Derived properties of problems from every statement left in the graph: the most
// stated wording (shortest on a tie) is the node's text.
UNWIND $keys.items AS key
MATCH (p:Problem {key: key})
CALL (p){
  MATCH (:Report)-[m:STATES_PROBLEM]->(p)
  WITH m.text AS text, count(*) AS uses ORDER BY uses DESC, size(text), text
  RETURN collect(text)[0] AS text
}
CALL (p){
  MATCH (:Report)-[m:STATES_PROBLEM]->(p)
  WITH m ORDER BY m.mergeScore, m.mergeRule
  RETURN collect(m)[0] AS weakest
}
WITH p, text, weakest WHERE text IS NOT NULL
SET p.text = text, p.mergeRule = weakest.mergeRule, p.mergeScore = weakest.mergeScore
RETURN count(p) AS refreshed
