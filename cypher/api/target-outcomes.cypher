// Every stored target/outcome pair of the families $families (or whose indicator is
// named, keyed or aliased as one of $names), of issuers matching $issuer, for years in
// [$yearFrom, $yearTo]: the target and outcome points with their reports and evidence.
// Oldest year first, then issuer.
// An indicator's family is its canonical name unless a known family holds it, so for a
// name no known family holds ($scanNames) the canonical names of the indicators spelled
// $names join $families.
CALL () {
  OPTIONAL CALL () {
    WITH 1 AS one WHERE $scanNames
    MATCH (ind:Indicator)
    WHERE ind.name IN $names OR ind.key IN $names OR any(alias IN coalesce(ind.aliases, []) WHERE alias IN $names)
    RETURN ind
  }
  RETURN collect(DISTINCT substring(ind.key, size(split(ind.key, '|')[0]) + 1)) AS canonical
}
// A pair's scope is its issuer's key, so the issuers matching $issuer give the scopes.
CALL () {
  MATCH (i:Issuer) WHERE $issuer IS NOT NULL AND (i.key = $issuer OR i.name CONTAINS $issuer)
  RETURN collect(i.key) AS scopes
}
WITH $families + canonical AS families, scopes
MATCH (t:TargetOutcome)
WHERE t.family IN families
  AND ($yearFrom IS NULL OR t.year >= $yearFrom) AND ($yearTo IS NULL OR t.year <= $yearTo)
  AND ($issuer IS NULL OR t.scope IN scopes OR t.scope = $issuer)
OPTIONAL MATCH (t)-[:TARGET]->(tg:Observation)<-[:HAS_OBSERVATION]-(tr:Report)
OPTIONAL MATCH (t)-[:OUTCOME]->(oc:Observation)<-[:HAS_OBSERVATION]-(orp:Report)
OPTIONAL MATCH (t)-[:STATED_IN]->(nr:Report)
WITH t, tg, tr, oc, orp, nr, coalesce(tr, orp, nr) AS r
ORDER BY t.year, r.issuer, t.measure DESC, t.key
LIMIT toInteger($limit)
RETURN t {.key, .year, .family, .measure, .gap, .gapUnit, .verdict, .strive, .nature, .ceiling, .preliminary,
          .noTargetText, .noTargetStart, .noTargetEnd, .noTargetReportId} AS pair,
  r.issuer AS issuer, r.region AS region,
  head(COLLECT { MATCH (t)-[:FOR_INDICATOR]->(ind:Indicator) RETURN ind {.key, .name, .aliases, .baseUnit, .scope} }) AS indicator,
  CASE WHEN tg IS NULL THEN null ELSE {
    indicator: head(COLLECT { MATCH (tg)-[:OF_INDICATOR]->(ind:Indicator) RETURN ind {.key, .name, .aliases, .baseUnit, .scope} }),
    report: tr {.id, .title, .year, .period, .kind, .issuer, .region},
    observation: tg {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit, .status, .qualifier, .periodYear, .reportYear},
    evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(tg) RETURN e {.id, .reportId, .text, .start, .end} })
  } END AS target,
  CASE WHEN oc IS NULL THEN null ELSE {
    indicator: head(COLLECT { MATCH (oc)-[:OF_INDICATOR]->(ind:Indicator) RETURN ind {.key, .name, .aliases, .baseUnit, .scope} }),
    report: orp {.id, .title, .year, .period, .kind, .issuer, .region},
    observation: oc {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit, .status, .qualifier, .periodYear, .reportYear},
    evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(oc) RETURN e {.id, .reportId, .text, .start, .end} })
  } END AS outcome
