// Departments the report mentions, merged on their resolved key.
// Each is marked :Unsettled: the settle step after the batch refreshes its derived properties.
MATCH (r:Report {id: $reportId})
UNWIND $rows.items AS row
MERGE (d:Department {key: row.key})
  ON CREATE SET d.name = row.canonical, d.aliases = row.names, d.scope = row.scope,
                d.mergeRule = row.mergeRule, d.mergeScore = row.mergeScore
SET d:Unsettled
MERGE (r)-[m:MENTIONS_DEPARTMENT]->(d)
SET m.sectionRole = row.sectionRole, m.name = row.name, m.names = row.names, m.evidenceIds = row.evidenceIds,
    m.mergeRule = row.mergeRule, m.mergeScore = row.mergeScore
RETURN count(*) AS done
