// What a database holds of GovKG's own graph: nodes whose first label is one of $labels.
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
CALL () { MATCH (n) WHERE labels(n)[0] IN $labels RETURN count(n) AS nodes }
RETURN reports, nodes
