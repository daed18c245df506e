// Full-text search over entity names; $query is already escaped for Lucene.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WITH node, score
ORDER BY score DESC, coalesce(node.name, node.text)
LIMIT toInteger($limit)
RETURN labels(node) AS labels, node.key AS key, node.id AS id,
       coalesce(node.name, node.text, node.title, node.heading, '') AS name, score
