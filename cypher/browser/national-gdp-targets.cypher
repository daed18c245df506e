// :param family => "国内生产总值"
// National growth targets and what the next year's review reported: each target
// observation, the outcome observation joined to it by OUTCOME_OF (gap, verdict), and
// the years the State Council set no figure. Switch to the graph view to see the pairs.
MATCH (t:TargetOutcome {scope: "national", family: $family, measure: "rate"})
OPTIONAL MATCH (t)-[:TARGET]->(target:Observation)
OPTIONAL MATCH (outcome:Observation)-[pair:OUTCOME_OF]->(target)
OPTIONAL MATCH (t)-[:OUTCOME]->(reported:Observation)
RETURN t.year AS year, target.value AS target, target.upper AS upper, target.qualifier AS qualifier,
       coalesce(reported.change, reported.value) AS outcome, reported.reportYear AS reportedIn,
       t.gap AS gap, t.verdict AS verdict, t.noTargetText AS noTargetSentence
ORDER BY year;
