// The sentences the report's facts came from.
MATCH (r:Report {id: $reportId})
UNWIND $rows.items AS row
MERGE (e:Evidence {id: row.id})
SET e.reportId = r.id, e.text = row.text, e.start = row.start, e.end = row.end
MERGE (r)-[:HAS_EVIDENCE]->(e)
RETURN count(*) AS done
