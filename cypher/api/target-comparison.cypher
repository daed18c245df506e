// Every issuer's target of the families $families (or the indicators named $names) for
// $year, as a rate when one was set, beside the national target of the same family.
// Highest target first.
CALL () {
  OPTIONAL CALL () {
    WITH 1 AS one WHERE $scanNames
    MATCH (ind:Indicator)
    WHERE ind.name IN $names OR ind.key IN $names OR any(alias IN coalesce(ind.aliases, []) WHERE alias IN $names)
    RETURN ind
  }
  RETURN collect(DISTINCT substring(ind.key, size(split(ind.key, '|')[0]) + 1)) AS canonical
}
WITH $families + canonical AS families
MATCH (t:TargetOutcome)-[:TARGET]->(tg:Observation)<-[:HAS_OBSERVATION]-(r:Report)
WHERE t.year = $year AND t.family IN families
WITH t, tg, r ORDER BY t.measure DESC, t.key
WITH t.scope AS scope, t.family AS family, head(collect({t: t, tg: tg, r: r})) AS best
WITH scope, family, best.t AS t, best.tg AS tg, best.r AS r
OPTIONAL MATCH (p:TargetOutcome {scope: 'national', family: family, measure: t.measure, year: $year})-[:TARGET]->(ptg:Observation)<-[:HAS_OBSERVATION]-(pr:Report)
WITH t, tg, r, CASE WHEN scope = 'national' THEN null ELSE p END AS p, CASE WHEN scope = 'national' THEN null ELSE ptg END AS ptg,
     CASE WHEN scope = 'national' THEN null ELSE pr END AS pr
RETURN r.issuer AS issuer, r.region AS region, pr.issuer AS parentIssuer,
  {
    indicator: head(COLLECT { MATCH (tg)-[:OF_INDICATOR]->(ind:Indicator) RETURN ind {.key, .name, .aliases, .baseUnit, .scope} }),
    report: r {.id, .title, .year, .period, .kind, .issuer, .region},
    observation: tg {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit, .status, .qualifier, .periodYear, .reportYear},
    evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(tg) RETURN e {.id, .reportId, .text, .start, .end} })
  } AS target,
  CASE WHEN ptg IS NULL THEN null ELSE {
    indicator: head(COLLECT { MATCH (ptg)-[:OF_INDICATOR]->(ind:Indicator) RETURN ind {.key, .name, .aliases, .baseUnit, .scope} }),
    report: pr {.id, .title, .year, .period, .kind, .issuer, .region},
    observation: ptg {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit, .status, .qualifier, .periodYear, .reportYear},
    evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(ptg) RETURN e {.id, .reportId, .text, .start, .end} })
  } END AS parentTarget
ORDER BY tg.value DESC, coalesce(tg.upper, tg.value) DESC, issuer
LIMIT toInteger($limit)
