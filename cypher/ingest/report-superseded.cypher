// Reports once read from $source that its current text no longer yields (the text
// changed, so their ids did): they are removed before the new ones land.
MATCH (r:Report {source: $source})
WHERE NOT r.id IN $keep
RETURN r.id AS id ORDER BY id
