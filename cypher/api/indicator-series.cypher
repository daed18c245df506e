// The indicators whose name, alias, key or canonical key part (`national|GDP` → GDP)
// is one of $names (the asked name in its given, upper and lower case), and every
// observation of them, ordered by the year the value refers to; at most $limit points.
// Always one row, so an unknown name answers with empty lists. Plain list membership
// rather than toLower() on every indicator keeps the label scan cheap.
MATCH (ind:Indicator)
WHERE ind.name IN $names OR ind.key IN $names
   OR any(suffix IN $keySuffixes WHERE ind.key ENDS WITH suffix)
   OR any(alias IN coalesce(ind.aliases, []) WHERE alias IN $names)
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
