// One row per stored target (or year without one): issuer, indicator, year, the target
// as stated, the outcome and the report that stated it, gap and verdict; for pandas.
MATCH (t:TargetOutcome)
OPTIONAL MATCH (t)-[:FOR_INDICATOR]->(ind:Indicator)
OPTIONAL MATCH (t)-[:TARGET]->(tg:Observation)<-[:HAS_OBSERVATION]-(tr:Report)
OPTIONAL MATCH (t)-[:OUTCOME]->(oc:Observation)<-[:HAS_OBSERVATION]-(orp:Report)
OPTIONAL MATCH (t)-[:STATED_IN]->(nr:Report)
WITH t, ind, tg, tr, oc, orp, coalesce(tr, orp, nr) AS r
RETURN t.key AS key, r.issuer AS issuer, r.region AS region, t.family AS family, ind.name AS indicator,
  t.year AS year, t.measure AS measure,
  tg.value AS targetValue, tg.upper AS targetUpper, tg.unit AS targetUnit, tg.qualifier AS targetQualifier,
  t.strive AS strive, t.nature AS nature, t.ceiling AS ceiling, tr.year AS targetReportYear,
  CASE WHEN oc IS NULL THEN null WHEN oc.unit = '%' OR tg.unit <> '%' OR tg IS NULL THEN oc.value ELSE oc.change END AS outcomeValue,
  CASE WHEN oc IS NULL THEN null WHEN oc.unit = '%' OR tg.unit <> '%' OR tg IS NULL THEN oc.unit ELSE oc.changeUnit END AS outcomeUnit,
  orp.year AS outcomeReportYear, t.preliminary AS preliminary,
  t.gap AS gap, t.gapUnit AS gapUnit, t.verdict AS verdict,
  head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(tg) RETURN e.text }) AS targetEvidence,
  coalesce(head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(oc) RETURN e.text }), t.noTargetText) AS outcomeEvidence
ORDER BY issuer, family, year, measure DESC
