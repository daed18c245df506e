// Problems the report states, merged on issuer scope + theme + clause signature.
// Each is marked :Unsettled: the settle step after the batch refreshes its derived properties.
MATCH (r:Report {id: $reportId})
UNWIND $rows.items AS row
MERGE (p:Problem {key: row.key})
  ON CREATE SET p.text = row.text, p.theme = row.theme, p.scope = row.scope, p.signature = row.canonical,
                p.mergeRule = row.mergeRule, p.mergeScore = row.mergeScore
SET p:Unsettled
MERGE (r)-[m:STATES_PROBLEM]->(p)
SET m.text = row.text, m.sectionRole = row.sectionRole, m.evidenceIds = row.evidenceIds,
    m.mergeRule = row.mergeRule, m.mergeScore = row.mergeScore
RETURN count(*) AS done
