// The indicators whose name, alias, key or canonical key part (`national|GDP` → GDP)
// equals $name (case-insensitive), and every
// observation of them, ordered by the year the value refers to; at most $limit points.
// Always one row, so an unknown name answers with empty lists.
MATCH (ind:Indicator)
WHERE toLower(ind.name) = toLower($name) OR ind.key = $name
   OR toLower(last(split(ind.key, '|'))) = toLower($name)
   OR any(alias IN coalesce(ind.aliases, []) WHERE toLower(alias) = toLower($name))
WITH collect(ind) AS indicators
RETURN
  [ind IN indicators | ind {.key, .name, .aliases, .baseUnit, .scope}] AS indicators,
  COLLECT {
    UNWIND indicators AS ind
    MATCH (r:Report)-[:HAS_OBSERVATION]->(o:Observation)-[:OF_INDICATOR]->(ind)
    WHERE $issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer }
    WITH ind, r, o
    ORDER BY coalesce(o.periodYear, o.reportYear, r.year), coalesce(o.reportYear, r.year), r.issuer, o.id
    LIMIT toInteger($limit)
    RETURN {
      indicator: ind {.key, .name, .aliases, .baseUnit, .scope},
      report: r {.id, .title, .year, .period, .kind, .issuer, .region},
      observation: o {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit,
                      .status, .qualifier, .periodYear, .reportYear},
      evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(o) RETURN e {.id, .reportId, .text, .start, .end} })
    }
  } AS points
