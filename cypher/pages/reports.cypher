// Reports for the index page, filtered by issuer (name contains, or issuer key) and
// year; newest first, with how many facts each states.
MATCH (r:Report)
WHERE ($issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
  AND ($year IS NULL OR r.year = $year)
WITH r ORDER BY r.year DESC, r.issuer, r.title, r.id
LIMIT toInteger($limit)
RETURN r {.id, .title, .year, .period, .kind, .issuer, .region, .source} AS report,
  COUNT { (r)-[:HAS_OBSERVATION]->() } AS observations,
  COUNT { (r)-[:MENTIONS_PROJECT]->() } AS projects,
  COUNT { (r)-[:STATES_PROBLEM]->() } AS problems
