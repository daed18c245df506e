// Reports of the scope to (re)link: those never linked since written, and those linked
// with another lexicon whose text holds a term that changed.
MATCH (r:Report {scope: $scope})
WHERE r.text IS NOT NULL
  AND (r.linkedWith IS NULL OR (r.linkedWith <> $hash AND any(term IN $changed WHERE r.text CONTAINS term)))
RETURN r.id AS id, r.start AS start, r.text AS text,
  COLLECT { MATCH (s:Section {reportId: r.id}) RETURN s {.start, .end, .level, .role} } AS sections,
  COLLECT { MATCH (r)-[m:MENTIONS_PROJECT]->(p:Project) WHERE m.via IS NULL RETURN p.key } AS extractedKeys,
  COLLECT { MATCH (r)-[m:MENTIONS_PROJECT {via: 'lexicon'}]->(p:Project) RETURN p.key } AS linkedKeys
ORDER BY id
