// Everything the database holds, whoever wrote it: a bulk import only goes into a database where both are 0.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
