// Every relationship with the label and unique key of both ends; streamed.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a)[0] AS startLabel, coalesce(a.key, a.id) AS startId,
       labels(b)[0] AS endLabel, coalesce(b.key, b.id) AS endId, properties(r) AS properties
