// Every spelling under which a report of the scope itself named a project (extracted,
// not linked), with the node it resolved to.
MATCH (r:Report {scope: $scope})-[m:MENTIONS_PROJECT]->(p:Project)
WHERE m.via IS NULL
UNWIND m.names AS name
RETURN DISTINCT name, p.key AS key
ORDER BY name, key
