// Problems the report states, merged on issuer scope + theme + clause signature.
MATCH (r:Report {id: $reportId})
UNWIND $rows AS row
MERGE (p:Problem {key: row.key})
  ON CREATE SET p.text = row.text, p.theme = row.theme, p.scope = row.scope, p.signature = row.canonical,
                p.mergeRule = row.mergeRule, p.mergeScore = row.mergeScore
MERGE (r)-[m:STATES_PROBLEM]->(p)
SET m.text = row.text, m.sectionRole = row.sectionRole, m.evidenceIds = row.evidenceIds,
    m.mergeRule = row.mergeRule, m.mergeScore = row.mergeScore
RETURN count(*) AS done
