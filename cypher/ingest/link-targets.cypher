// Reports of the scope to (re)link: those never linked since written, and those linked
// with another lexicon whose text holds a term that changed (every one of those when
// $everyReport: a term the raw text may spell in another width or case). Terms are
// compared with the text less the quotes, brackets and blanks names are compared
// without, as the linker reads it (自然保护地“绿盾”行动 holds 自然保护地绿盾行动), and with
// bracketed asides left out as well (中欧（亚）班列 holds 中欧班列).
MATCH (r:Report {scope: $scope})
WHERE r.text IS NOT NULL AND (r.linkedWith IS NULL OR r.linkedWith <> $hash)
WITH r, r.linkedWith IS NULL OR $everyReport AS whole
WITH r, whole, CASE WHEN whole THEN [] ELSE [r.text, reduce(kept = '', part IN split(replace(replace(r.text, '(', '（'), ')', '）'), '（') |
    kept + CASE WHEN kept = '' OR NOT part CONTAINS '）' THEN part ELSE substring(part, size(split(part, '）')[0]) + 1) END)]
  END AS texts
WITH r, whole, [text IN texts |
  reduce(bare = text, mark IN ['“', '”', '‘', '’', '"', "'", '「', '」', '『', '』', '《', '》', '〈', '〉', '【', '】', '〔', '〕', '[', ']', '（', '）', '(', ')', ' ', '\t', '\u00a0', '\u3000', '·', '•'] | replace(bare, mark, ''))
  ] AS bares
WHERE whole OR any(term IN $changed.items WHERE any(bare IN bares WHERE bare CONTAINS term))
RETURN r.id AS id, r.start AS start, r.text AS text,
  COLLECT { MATCH (s:Section {reportId: r.id}) RETURN s {.start, .end, .level, .role} } AS sections,
  COLLECT { MATCH (r)-[m:MENTIONS_PROJECT]->(p:Project) WHERE m.via IS NULL RETURN p.key } AS extractedKeys,
  COLLECT { MATCH (r)-[m:MENTIONS_PROJECT {via: 'lexicon'}]->(p:Project) RETURN p.key } AS linkedKeys,
  COLLECT { MATCH (r)-[:HAS_EVIDENCE]->(e:Evidence)-[:SUPPORTS]->(p:Project) WHERE e.linked IS NULL RETURN p.key + '@' + toString(e.start) } AS projectSentences
ORDER BY id
