// Reports of the scope to (re)link: those never linked since written, and those linked
// with another lexicon whose text holds a term that changed (every one of those when
// $everyReport: a term the raw text may spell in another width or case).
MATCH (r:Report {scope: $scope})
WHERE r.text IS NOT NULL
  AND (r.linkedWith IS NULL OR (r.linkedWith <> $hash AND ($everyReport OR any(term IN $changed WHERE r.text CONTAINS term))))
RETURN r.id AS id, r.start AS start, r.text AS text,
  COLLECT { MATCH (s:Section {reportId: r.id}) RETURN s {.start, .end, .level, .role} } AS sections,
  COLLECT { MATCH (r)-[m:MENTIONS_PROJECT]->(p:Project) WHERE m.via IS NULL RETURN p.key } AS extractedKeys,
  COLLECT { MATCH (r)-[m:MENTIONS_PROJECT {via: 'lexicon'}]->(p:Project) RETURN p.key } AS linkedKeys,
  COLLECT { MATCH (r)-[:HAS_EVIDENCE]->(e:Evidence)-[:SUPPORTS]->(p:Project) WHERE e.linked IS NULL RETURN p.key + '@' + toString(e.start) } AS projectSentences
ORDER BY id
