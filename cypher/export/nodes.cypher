// Every node of GovKG's labels with its first label, its unique key (`key`, or `id` for
// reports and their own nodes) and its properties; streamed, never collected.
MATCH (n) WHERE labels(n)[0] IN $labels
RETURN labels(n)[0] AS label, coalesce(n.key, n.id) AS id, properties(n) AS properties
