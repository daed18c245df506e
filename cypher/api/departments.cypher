// One page of departments whose name or alias contains $search (mentioned by an issuer's
// reports when $issuer is set), most-mentioned first, each with the projects it is
// responsible for.
MATCH (d:Department)
WHERE ($search IS NULL OR d.name CONTAINS $search
       OR any(alias IN coalesce(d.aliases, []) WHERE alias CONTAINS $search))
  AND ($issuer IS NULL OR EXISTS {
        MATCH (r:Report)-[:MENTIONS_DEPARTMENT]->(d)
        WHERE r.issuer CONTAINS $issuer
           OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer }
      })
WITH d, COUNT { MATCH (:Report)-[:MENTIONS_DEPARTMENT]->(d) } AS reportCount
ORDER BY reportCount DESC, d.name, d.key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
  d {.key, .name, .aliases, .scope} AS department,
  reportCount,
  COLLECT { MATCH (r:Report)-[:MENTIONS_DEPARTMENT]->(d) WHERE r.year IS NOT NULL RETURN DISTINCT r.year AS year } AS years,
  COLLECT {
    MATCH (d)-[rf:RESPONSIBLE_FOR]->(p:Project)
    WITH p, collect(DISTINCT rf.role) AS roles, collect(DISTINCT rf.reportId) AS reportIds
    ORDER BY size(reportIds) DESC, p.name, p.key
    LIMIT toInteger($nestedLimit)
    RETURN { project: p {.key, .name, .aliases, .kind, .scope}, roles: roles, reportIds: reportIds }
  } AS projects
