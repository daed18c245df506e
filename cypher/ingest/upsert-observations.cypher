// One observation per stated quantity, linked to its indicator and, when the sentence
// is about one, its project.
MATCH (r:Report {id: $reportId})
UNWIND $rows.items AS row
MATCH (i:Indicator {key: row.indicatorKey})
MERGE (o:Observation {id: row.id})
SET o.reportId = r.id, o.value = row.value, o.unit = row.unit, o.normalizedValue = row.normalizedValue,
    o.baseUnit = row.baseUnit, o.upper = row.upper, o.change = row.change, o.changeUnit = row.changeUnit,
    o.status = row.status, o.qualifier = row.qualifier, o.periodYear = row.periodYear,
    o.reportYear = row.reportYear, o.sectionRole = row.sectionRole
MERGE (r)-[:HAS_OBSERVATION]->(o)
MERGE (o)-[x:OF_INDICATOR]->(i)
SET x.name = row.name, x.mergeRule = row.mergeRule, x.mergeScore = row.mergeScore
WITH o, row
CALL (o, row){
  MATCH (p:Project {key: row.projectKey})
  MERGE (o)-[:FOR_PROJECT]->(p)
}
RETURN count(*) AS done
