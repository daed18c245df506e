// :param family => "国内生产总值"
// :param year => 2026
// Every province's growth target for $year beside the national one (层层加码: who aims
// higher than the level above), highest first. A year the national series has no
// report for yet shows no national figure.
MATCH (t:TargetOutcome {family: $family, year: $year, measure: "rate"})-[:TARGET]->(target:Observation)
MATCH (r:Report)-[:HAS_OBSERVATION]->(target)
OPTIONAL MATCH (:TargetOutcome {scope: "national", family: $family, year: $year, measure: "rate"})-[:TARGET]->(national:Observation)
RETURN r.region AS region, target.value AS target, target.upper AS upper, target.qualifier AS qualifier,
       national.value AS nationalTarget, target.value - national.value AS difference
ORDER BY target DESC, upper DESC, region;
