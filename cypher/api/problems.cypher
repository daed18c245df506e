// One page of problems whose text (canonical or as worded) contains $search, counting
// only statements that pass the issuer/theme/year filters; most-stated first.
MATCH (r:Report)-[m:STATES_PROBLEM]->(p:Problem)
WHERE ($search IS NULL OR p.text CONTAINS $search OR m.text CONTAINS $search)
  AND ($theme IS NULL OR p.theme = $theme)
  AND ($issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
WITH p, [year IN collect(DISTINCT r.year) WHERE year IS NOT NULL] AS years, count(DISTINCT r) AS reportCount
ORDER BY reportCount DESC, size(years) DESC, p.text, p.key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
  p {.key, .text, .theme, .scope} AS problem,
  years,
  reportCount,
  COLLECT {
    MATCH (mr:Report)-[m:STATES_PROBLEM]->(p)
    WHERE ($issuer IS NULL OR mr.issuer CONTAINS $issuer
           OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(mr) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
      AND ($yearFrom IS NULL OR mr.year >= $yearFrom)
      AND ($yearTo IS NULL OR mr.year <= $yearTo)
    WITH mr, m ORDER BY mr.year, mr.title, mr.id
    LIMIT toInteger($mentionLimit)
    RETURN {
      report: mr {.id, .title, .year, .period, .kind, .issuer, .region},
      text: m.text, sectionRole: m.sectionRole,
      evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} }
    }
  } AS mentions
