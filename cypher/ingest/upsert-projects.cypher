// Projects the report mentions, merged on their resolved key.
// Each is marked :Unsettled: the settle step after the batch refreshes its derived properties.
MATCH (r:Report {id: $reportId})
UNWIND $rows.items AS row
MERGE (p:Project {key: row.key})
  ON CREATE SET p.name = row.canonical, p.aliases = row.names, p.kind = row.kind, p.scope = row.scope,
                p.mergeRule = row.mergeRule, p.mergeScore = row.mergeScore
SET p:Unsettled
MERGE (r)-[m:MENTIONS_PROJECT]->(p)
SET m.status = row.status, m.sectionRole = row.sectionRole, m.name = row.name, m.names = row.names,
    m.kind = row.kind, m.evidenceIds = row.evidenceIds, m.mergeRule = row.mergeRule, m.mergeScore = row.mergeScore
RETURN count(*) AS done
