// The scope's observations, each with its sentence and where that sentence lies: the
// paragraph before it and the headings of the sections holding it are cut from the
// report's text and sections (targets-contexts), read once per report rather than once
// per observation. Any of them can be a target or an outcome (an amount a review states
// may be a task's outcome worded differently from the task).
MATCH (r:Report {scope: $scope})-[:HAS_OBSERVATION]->(o:Observation)-[x:OF_INDICATOR]->(i:Indicator)
WITH r, o, x, i, head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(o) RETURN e ORDER BY e.start }) AS e
RETURN o.id AS id, r.id AS reportId, r.year AS reportYear, r.period AS reportPeriod, r.kind AS reportKind,
  i.key AS indicatorKey, coalesce(x.name, i.name) AS name,
  o.value AS value, o.unit AS unit, o.normalizedValue AS normalizedValue, o.baseUnit AS baseUnit, o.upper AS upper,
  o.change AS change, o.changeUnit AS changeUnit, o.status AS status, o.qualifier AS qualifier,
  o.periodYear AS periodYear, o.sectionRole AS sectionRole,
  coalesce(e.text, '') AS sentence, CASE WHEN e IS NULL THEN 0 ELSE e.start - r.start END AS start,
  e.start AS evidenceStart, e.end AS evidenceEnd
ORDER BY id
