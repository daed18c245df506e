// One page of projects whose name, alias or written name contains $search, counting
// only mentions that pass the issuer/year/status filters; most-mentioned first.
MATCH (r:Report)-[m:MENTIONS_PROJECT]->(p:Project)
WHERE ($search IS NULL OR p.name CONTAINS $search OR m.name CONTAINS $search
       OR any(alias IN coalesce(p.aliases, []) WHERE alias CONTAINS $search))
  AND ($issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
  AND ($status IS NULL OR m.status = $status)
WITH p, [year IN collect(DISTINCT r.year) WHERE year IS NOT NULL] AS years, count(DISTINCT r) AS reportCount
ORDER BY reportCount DESC, size(years) DESC, p.name, p.key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
  p {.key, .name, .aliases, .kind, .scope} AS project,
  years,
  reportCount,
  COLLECT {
    MATCH (mr:Report)-[m:MENTIONS_PROJECT]->(p)
    WHERE ($issuer IS NULL OR mr.issuer CONTAINS $issuer
           OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(mr) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
      AND ($yearFrom IS NULL OR mr.year >= $yearFrom)
      AND ($yearTo IS NULL OR mr.year <= $yearTo)
      AND ($status IS NULL OR m.status = $status)
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
