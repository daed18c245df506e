// One page of projects mentioned in at least $minYears distinct report years,
// most years first, each with its first $mentionLimit mentions (oldest first).
MATCH (r:Report)-[:MENTIONS_PROJECT]->(p:Project)
WHERE r.year IS NOT NULL
  AND ($issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
WITH p, collect(DISTINCT r.year) AS years, count(DISTINCT r) AS reportCount
WHERE size(years) >= $minYears
WITH p, years, reportCount
ORDER BY size(years) DESC, p.name, p.key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
  p {.key, .name, .aliases, .kind, .scope} AS project,
  years,
  reportCount,
  COLLECT {
    MATCH (mr:Report)-[m:MENTIONS_PROJECT]->(p)
    WHERE mr.year IS NOT NULL
      AND ($issuer IS NULL OR mr.issuer CONTAINS $issuer
           OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(mr) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
    WITH mr, m ORDER BY mr.year, mr.title, mr.id
    LIMIT toInteger($mentionLimit)
    RETURN {
      report: mr {.id, .title, .year, .period, .kind, .issuer, .region},
      status: m.status, nameAsWritten: m.name, sectionRole: m.sectionRole,
      evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} }
    }
  } AS mentions,
  COLLECT {
    MATCH (d:Department)-[:RESPONSIBLE_FOR]->(p)
    WITH DISTINCT d ORDER BY d.name
    LIMIT toInteger($departmentLimit)
    RETURN d {.key, .name, .aliases, .scope}
  } AS departments
