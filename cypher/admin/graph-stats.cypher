// What a database holds: GovKG's reports, and every node and relationship in it.
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN reports, nodes, relationships
