// Every spelling under which a report of the scope itself named a project (extracted,
// not linked), with the node it resolved to, and the sentences it was named in that
// hold a quote (a name is stored without its quotes; the sentence shows where they were).
MATCH (r:Report {scope: $scope})-[m:MENTIONS_PROJECT]->(p:Project)
WHERE m.via IS NULL
UNWIND m.names AS name
WITH name, p.key AS key, m
OPTIONAL MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) AND e.text CONTAINS '“'
WITH name, key, collect(DISTINCT e.text) AS sentences
RETURN name, key, sentences
ORDER BY name, key
