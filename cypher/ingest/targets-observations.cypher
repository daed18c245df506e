// The scope's observations, each with its sentence, the paragraph before it and the
// headings of the sections holding it: any of them can be a target or an outcome (an
// amount a review states may be a task's outcome worded differently from the task).
MATCH (r:Report {scope: $scope})-[:HAS_OBSERVATION]->(o:Observation)-[x:OF_INDICATOR]->(i:Indicator)
WITH r, o, x, i, head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(o) RETURN e ORDER BY e.start }) AS e
WITH r, o, x, i, e, CASE WHEN e IS NULL THEN 0 ELSE e.start - r.start END AS at
RETURN o.id AS id, r.id AS reportId, r.year AS reportYear, r.period AS reportPeriod, r.kind AS reportKind,
  i.key AS indicatorKey, coalesce(x.name, i.name) AS name,
  o.value AS value, o.unit AS unit, o.normalizedValue AS normalizedValue, o.baseUnit AS baseUnit, o.upper AS upper,
  o.change AS change, o.changeUnit AS changeUnit, o.status AS status, o.qualifier AS qualifier,
  o.periodYear AS periodYear, o.sectionRole AS sectionRole,
  coalesce(e.text, '') AS sentence, at AS start,
  CASE WHEN e IS NULL OR r.text IS NULL THEN '' ELSE substring(r.text, CASE WHEN at > 400 THEN at - 400 ELSE 0 END, CASE WHEN at > 400 THEN 400 ELSE at END) END AS before,
  CASE WHEN e IS NULL THEN [] ELSE COLLECT {
    MATCH (s:Section {reportId: r.id}) WHERE s.start <= e.start AND s.end >= e.end RETURN s.heading ORDER BY s.level
  } END AS headings
ORDER BY id
