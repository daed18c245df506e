// Companies and institutions the report mentions, merged on their resolved key.
// Each is marked :Unsettled: the settle step after the batch refreshes its derived properties.
MATCH (r:Report {id: $reportId})
UNWIND $rows.items AS row
MERGE (o:Organization {key: row.key})
  ON CREATE SET o.name = row.canonical, o.aliases = row.names, o.kind = row.kind,
                o.mergeRule = row.mergeRule, o.mergeScore = row.mergeScore
SET o:Unsettled
MERGE (r)-[m:MENTIONS_ORGANIZATION]->(o)
SET m.sectionRole = row.sectionRole, m.name = row.name, m.names = row.names, m.kind = row.kind,
    m.evidenceIds = row.evidenceIds, m.mergeRule = row.mergeRule, m.mergeScore = row.mergeScore
RETURN count(*) AS done
