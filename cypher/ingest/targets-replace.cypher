// Replaces the scope's target/outcome pairs: each row a TargetOutcome node linked to its
// target, its outcome and its indicator, the outcome linked to the target by OUTCOME_OF
// (gap, verdict), and a year with no target to the report that says so.
CALL () {
  MATCH (t:TargetOutcome {scope: $scope}) DETACH DELETE t
}
CALL () {
  MATCH (:Report {scope: $scope})-[:HAS_OBSERVATION]->(:Observation)<-[x:OUTCOME_OF]-() DELETE x
}
WITH 1 AS ignored
UNWIND $rows.items AS row
MERGE (t:TargetOutcome {key: row.key})
SET t += row.properties
WITH t, row
CALL (t, row) {
  MATCH (o:Observation {id: row.targetId})
  MERGE (t)-[:TARGET]->(o)
}
CALL (t, row) {
  MATCH (o:Observation {id: row.outcomeId})
  MERGE (t)-[:OUTCOME]->(o)
}
CALL (t, row) {
  MATCH (target:Observation {id: row.targetId}), (outcome:Observation {id: row.outcomeId})
  MERGE (outcome)-[x:OUTCOME_OF]->(target)
  SET x.year = row.properties.year, x.gap = row.properties.gap, x.gapUnit = row.properties.gapUnit, x.verdict = row.properties.verdict
}
CALL (t, row) {
  MATCH (i:Indicator {key: row.indicatorKey})
  MERGE (t)-[:FOR_INDICATOR]->(i)
}
CALL (t, row) {
  MATCH (r:Report {id: row.properties.noTargetReportId})
  MERGE (t)-[:STATED_IN]->(r)
}
RETURN count(*) AS done
