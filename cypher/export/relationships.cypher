// Every relationship between nodes of GovKG's labels, with the label and unique key of
// both ends; streamed.
MATCH (a)-[r]->(b) WHERE labels(a)[0] IN $labels AND labels(b)[0] IN $labels
RETURN type(r) AS type, labels(a)[0] AS startLabel, coalesce(a.key, a.id) AS startId,
       labels(b)[0] AS endLabel, coalesce(b.key, b.id) AS endId, properties(r) AS properties
