// One page of problems stated in reports of at least $minYears distinct years,
// most years first, each with its first $mentionLimit statements (oldest first).
MATCH (r:Report)-[:STATES_PROBLEM]->(p:Problem)
WHERE r.year IS NOT NULL
  AND ($theme IS NULL OR p.theme = $theme)
  AND ($issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
WITH p, collect(DISTINCT r.year) AS years, count(DISTINCT r) AS reportCount
WHERE size(years) >= $minYears
WITH p, years, reportCount
ORDER BY size(years) DESC, reportCount DESC, p.text, p.key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
  p {.key, .text, .theme, .scope} AS problem,
  years,
  reportCount,
  COLLECT {
    MATCH (mr:Report)-[m:STATES_PROBLEM]->(p)
    WHERE mr.year IS NOT NULL
      AND ($issuer IS NULL OR mr.issuer CONTAINS $issuer
           OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(mr) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
    WITH mr, m ORDER BY mr.year, mr.title, mr.id
    LIMIT toInteger($mentionLimit)
    RETURN {
      report: mr {.id, .title, .year, .period, .kind, .issuer, .region},
      text: m.text, sectionRole: m.sectionRole,
      evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} }
    }
  } AS mentions
