// One page of reports matching optional filters, newest first.
// $issuer/$region match a key exactly or a name by containment.
MATCH (r:Report)
WHERE ($issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
  AND ($region IS NULL OR r.region CONTAINS $region
       OR EXISTS { MATCH (r)-[:COVERS]->(g:Region) WHERE g.key = $region OR g.name CONTAINS $region })
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
  AND ($period IS NULL OR r.period = $period)
  AND ($kind IS NULL OR r.kind = $kind)
WITH r
ORDER BY coalesce(r.year, -1) DESC, r.issuer, r.title, r.id
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN r {.id, .title, .year, .period, .kind, .issuer, .region} AS report
