// The observations of the indicators named, keyed or aliased as $names (or whose key
// ends with one of $keySuffixes), of reports whose issuer matches $issuer, each with
// the report, the evidence offsets, and, when targets and outcomes are paired, the
// verdict and gap of the target it answers (OUTCOME_OF) or of the outcome that answers it.
MATCH (ind:Indicator)
WHERE ind.name IN $names OR ind.key IN $names
   OR any(suffix IN $keySuffixes WHERE ind.key ENDS WITH suffix)
   OR any(alias IN coalesce(ind.aliases, []) WHERE alias IN $names)
MATCH (r:Report)-[:HAS_OBSERVATION]->(o:Observation)-[:OF_INDICATOR]->(ind)
WHERE $issuer IS NULL OR r.issuer CONTAINS $issuer
   OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer }
WITH ind, r, o
ORDER BY ind.key, coalesce(o.periodYear, r.year), r.year, o.id
LIMIT toInteger($limit)
OPTIONAL MATCH (o)-[answers:OUTCOME_OF]->(target:Observation)
OPTIONAL MATCH (outcome:Observation)-[answered:OUTCOME_OF]->(o)
RETURN
  ind {.key, .name, .scope} AS indicator,
  r {.id, .title, .year, .issuer} AS report,
  o {.id, .value, .unit, .upper, .change, .changeUnit, .status, .qualifier, .periodYear} AS observation,
  head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(o) RETURN e {.start, .end, .text} }) AS evidence,
  CASE WHEN answers IS NULL THEN null ELSE answers {.verdict, .gap, .gapUnit, targetId: target.id} END AS outcomeOf,
  CASE WHEN answered IS NULL THEN null ELSE answered {.verdict, .gap, .gapUnit, outcomeId: outcome.id} END AS answeredBy
